package org.probity.groupmeetings;

import java.time.LocalDate;

/** A control not yet done for one meeting, with the date it is due and who should do it. */
public record GroupMeetingAlert(AlertRule rule, long meetingId, MeetingReference reference, LocalDate due,
                                String what, String who) {

    public boolean isOverdueOn(LocalDate today) {
        return due.isBefore(today);
    }
}
