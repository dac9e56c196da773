package org.probity.groupmeetings;

import java.time.LocalDate;
import java.util.List;
import org.probity.common.DueItem;
import org.probity.common.DueItemSource;

/** The register's alerts on the Today dashboard; each opens its request in the group meetings section. */
public final class GroupMeetingDueItems implements DueItemSource {

    public static final String REGISTER = "Group meetings";
    public static final String SECTION_ID = "group-meetings";

    private final GroupMeetingService register;

    public GroupMeetingDueItems(GroupMeetingService register) {
        this.register = register;
    }

    @Override
    public List<DueItem> dueItems(LocalDate today, LocalDate until) {
        return register.alerts(today).stream().filter(a -> !a.due().isAfter(until))
                .map(a -> new DueItem(REGISTER, a.due(), a.what(), a.who(), SECTION_ID, String.valueOf(a.meetingId())))
                .toList();
    }
}
