package org.probity.reports;

/** A protocol review a report can be made on: its number, how the protocols screen describes it, and whether it is still in progress. */
public record ReviewChoice(long id, String label, boolean inProgress) {

    @Override
    public String toString() {
        return id + ": " + label + (inProgress ? "" : " (finished)");
    }
}
