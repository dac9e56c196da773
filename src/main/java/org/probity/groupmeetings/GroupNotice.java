package org.probity.groupmeetings;

import java.util.List;

/**
 * The Monitoring Officer's notice to the leaders of the other groups that a briefing was
 * given (or an officer attended), by whom and on what subject, and, for a briefing, that the
 * same briefing is available to them. The same paragraphs make the e-mail draft and the
 * letters; only the greeting differs.
 */
public record GroupNotice(long meetingId, MeetingReference reference, String subject, List<Recipient> recipients,
                          List<String> paragraphs, String signature) {

    public GroupNotice {
        recipients = List.copyOf(recipients);
        paragraphs = List.copyOf(paragraphs);
    }

    /** One other group's leader; {@code email} is null where the directory has no address for them. */
    public record Recipient(long groupId, String groupName, Long leaderMemberId, String leaderName, String email) {

        public boolean hasEmail() {
            return email != null && !email.isBlank();
        }
    }

    public List<Recipient> withEmail() {
        return recipients.stream().filter(Recipient::hasEmail).toList();
    }

    /** Groups the e-mail cannot reach, because they have no leader or the leader has no e-mail address. */
    public List<Recipient> withoutEmail() {
        return recipients.stream().filter(r -> !r.hasEmail()).toList();
    }

    /** The e-mail body, addressed to all the leaders together. */
    public String emailBody() {
        return body("Dear Group Leaders,");
    }

    /** The letter to one group's leader. */
    public String letterBody(Recipient recipient) {
        return body("Dear " + (recipient.leaderName() == null ? "Leader of the " + recipient.groupName()
                : recipient.leaderName()) + ",");
    }

    private String body(String greeting) {
        StringBuilder text = new StringBuilder(greeting).append("\n\n");
        for (String paragraph : paragraphs) {
            text.append(paragraph).append("\n\n");
        }
        return text.append("Yours sincerely,\n\n").append(signature).append('\n').toString();
    }
}
