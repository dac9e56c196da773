package org.probity.groupmeetings;

import java.time.LocalDate;
import java.util.List;
import org.probity.calendar.OpenDeadline;
import org.probity.calendar.OpenDeadlines;

/**
 * The register's open deadlines offered to the calendar. The register stores no due dates: it
 * counts them afresh from the meeting each time, so a moved deadline needs nothing written;
 * the calendar still lists it to the user among those the change moved.
 */
public final class GroupMeetingDeadlines implements OpenDeadlines {

    private final GroupMeetingService register;

    public GroupMeetingDeadlines(GroupMeetingService register) {
        this.register = register;
    }

    @Override
    public List<OpenDeadline> open() {
        return register.openDeadlines();
    }

    @Override
    public void moved(OpenDeadline deadline, LocalDate newDue) {
        // Nothing stored to change: see the class comment.
    }
}
