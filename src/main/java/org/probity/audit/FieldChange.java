package org.probity.audit;

/** One field of a record as it was before and after a change ("" where it had no value). */
public record FieldChange(String field, String before, String after) {
}
