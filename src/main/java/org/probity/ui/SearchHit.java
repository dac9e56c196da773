package org.probity.ui;

/** A record found by global search, and the section that can show it. */
public record SearchHit(String sectionId, String recordId, String title, String detail) {
}
