package org.probity.security;

/** One record whose confidential fields have been shared with one person, e.g. {@code Complaint 12}. */
public record ConfidentialGrant(String loginName, String recordType, String recordId) {
}
