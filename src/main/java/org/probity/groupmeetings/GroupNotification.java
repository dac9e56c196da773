package org.probity.groupmeetings;

import java.time.LocalDate;

/** The Monitoring Officer's notice to one other group that the briefing or attendance took place. */
public record GroupNotification(Long id, long groupId, LocalDate notifiedOn, NotificationMethod how) {
}
