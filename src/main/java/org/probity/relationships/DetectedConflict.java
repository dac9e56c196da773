package org.probity.relationships;

/** A conflict as the rules find it today, before it is recorded as a flag. */
public record DetectedConflict(ConflictRule rule, String subjectKey, String explanation) {
}
