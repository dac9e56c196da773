package org.probity.groupmeetings.ui;

/** A group, member or officer as a drop-down offers it: its id and the name shown. */
public record Choice(long id, String label) {

    @Override
    public String toString() {
        return label;
    }
}
