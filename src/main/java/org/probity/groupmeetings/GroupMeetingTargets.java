package org.probity.groupmeetings;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The register's targets in working days. The officer's report to the Monitoring Officer and
 * the same briefing offered to the other groups are counted from the meeting; the notice to
 * the other groups from the day the Monitoring Officer was told (from the meeting while they
 * have not been); the Chief Executive's authorisation and a second officer are needed the
 * given number of working days before the meeting.
 */
public record GroupMeetingTargets(int moNotificationDays, int groupNotificationDays, int parityOfferDays,
                                  int authorisationDays, int companionDays) {

    public static final int DEFAULT_DAYS = 2;

    public static GroupMeetingTargets defaults() {
        return new GroupMeetingTargets(DEFAULT_DAYS, DEFAULT_DAYS, DEFAULT_DAYS, DEFAULT_DAYS, DEFAULT_DAYS);
    }

    public Map<String, String> auditValues() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("Officer tells the Monitoring Officer (working days after the meeting)",
                String.valueOf(moNotificationDays));
        values.put("Monitoring Officer tells the other groups (working days after being told)",
                String.valueOf(groupNotificationDays));
        values.put("Same briefing offered to the other groups (working days after the meeting)",
                String.valueOf(parityOfferDays));
        values.put("Chief Executive's authorisation (working days before the meeting)",
                String.valueOf(authorisationDays));
        values.put("Second officer arranged (working days before the meeting)", String.valueOf(companionDays));
        return values;
    }
}
