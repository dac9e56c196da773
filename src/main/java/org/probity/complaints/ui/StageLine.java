package org.probity.complaints.ui;

/** One stage in a complaint's timeline, with its dates and deadlines as the clerk reads them. */
public record StageLine(String stage, String handler, String started, String acknowledge, String respond,
                        String completed, String independentPerson) {
}
