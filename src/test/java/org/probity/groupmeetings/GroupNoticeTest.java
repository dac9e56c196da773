package org.probity.groupmeetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.probity.common.ValidationException;
import org.probity.storage.TestDatabases;

class GroupNoticeTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 1, 15);
    private static final LocalDate CHRISTMAS_EVE = LocalDate.of(2026, 12, 24);
    private static final String SUBJECT = "Housing allocations \u2014 draft policy";

    @TempDir
    Path folder;

    private static GroupMeeting briefing(GroupMeetingFixture f) {
        return f.register.save(f.request(f.labour, MeetingKind.PRIVATE_BRIEFING, CHRISTMAS_EVE, SUBJECT,
                f.samAttending(false), OfficerAttendance.attending(f.housingOfficer.id(), null, false)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void theNoticeSaysWhoGaveWhichBriefingOnWhatSubjectAndOffersItToTheOtherGroups(TestDatabases.Kind kind) {
        try (GroupMeetingFixture f = new GroupMeetingFixture(kind, TODAY)) {
            GroupMeeting m = briefing(f);

            GroupNotice notice = f.register.notice(m.id());

            assertThat(notice.subject()).isEqualTo("Officer briefing given to the Labour Group (GRP-2026-0001)");
            assertThat(notice.emailBody()).isEqualTo("""
                    Dear Group Leaders,

                    The protocol on member and officer relations asks me to tell the other political groups when \
                    an officer attends a group's meeting or gives a group a private briefing. On Thursday 24 \
                    December 2026 Sam Patel (Head of Housing) and Lee Wong (Housing Officer) gave the Labour Group \
                    a private briefing on \u201CHousing allocations \u2014 draft policy\u201D.

                    The same briefing is available to your group. If you would like it, please let me know and I \
                    will arrange a date with the officers.

                    Our reference: GRP-2026-0001.

                    Yours sincerely,

                    Ruth Okafor
                    Monitoring Officer
                    Riverside Borough Council
                    """);
            assertThat(notice.recipients()).extracting(GroupNotice.Recipient::groupName)
                    .containsExactlyInAnyOrder("Conservative Group", "Green Group", "Independent Group");
            assertThat(notice.withoutEmail()).extracting(GroupNotice.Recipient::groupName)
                    .containsExactly("Independent Group");
            GroupNotice.Recipient independents = notice.withoutEmail().get(0);
            assertThat(notice.letterBody(independents)).startsWith("Dear Leader of the Independent Group,\n\n"
                    + "The protocol on member and officer relations");
            GroupNotice.Recipient conservatives = notice.recipients().stream()
                    .filter(r -> r.groupId() == f.conservative.id()).findFirst().orElseThrow();
            assertThat(notice.letterBody(conservatives)).startsWith("Dear Cllr Tom Brown,\n\n");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void aMeetingWithAnotherBodyIsReportedWithoutOfferingABriefing(TestDatabases.Kind kind) {
        try (GroupMeetingFixture f = new GroupMeetingFixture(kind, TODAY)) {
            GroupMeeting m = f.register.save(f.request(f.green, MeetingKind.OTHER_BODY, CHRISTMAS_EVE,
                    "Bus franchising", f.samAttending(true)).withCircumstances(false, true));

            GroupNotice notice = f.register.notice(m.id());

            assertThat(notice.emailBody()).contains("On Thursday 24 December 2026 Sam Patel (Head of Housing) "
                    + "attended a meeting arranged by the Green Group with representatives of another body, on "
                    + "\u201CBus franchising\u201D.").doesNotContain("same briefing");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void theEmailDraftIsAnUnsentMessageToTheOtherLeadersThatReadsBackAsTheNotice(TestDatabases.Kind kind)
            throws Exception {
        try (GroupMeetingFixture f = new GroupMeetingFixture(kind, TODAY)) {
            GroupMeeting m = briefing(f);
            GroupNotice notice = f.register.notice(m.id());
            Path target = folder.resolve(GroupMeetingService.draftFileName(m.reference()));

            Path written = f.register.writeEmailDraft(m.id(), target);

            assertThat(written.getFileName().toString()).isEqualTo("GRP-2026-0001 notice to groups.eml");
            try (Stream<Path> files = Files.list(folder)) {
                assertThat(files).containsExactly(written);
            }
            String message = Files.readString(written, StandardCharsets.UTF_8);
            int split = message.indexOf("\r\n\r\n");
            Map<String, String> headers = headers(message.substring(0, split));
            assertThat(headers).containsEntry("X-Unsent", "1").containsEntry("MIME-Version", "1.0");
            assertThat(headers.get("Content-Type")).contains("charset=UTF-8");
            assertThat(decode(headers.get("Subject"))).isEqualTo(notice.subject());
            assertThat(addresses(headers.get("To"))).containsExactlyInAnyOrder("tom.brown@riverside.example",
                    "ana.nunez@riverside.example");
            assertThat(decode(headers.get("To"))).contains("Cllr Ana N\u00FA\u00F1ez");

            String body = message.substring(split + 4);
            assertThat(body.split("\r\n")).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(78));
            assertThat(unflow(body)).isEqualTo(notice.emailBody());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void thereIsNoNoticeWhenNoOfficerAttended(TestDatabases.Kind kind) {
        try (GroupMeetingFixture f = new GroupMeetingFixture(kind, TODAY)) {
            GroupMeeting m = f.register.save(f.request(f.labour, MeetingKind.PRIVATE_BRIEFING, CHRISTMAS_EVE,
                    SUBJECT, OfficerAttendance.declined(f.headOfHousing.id(), null, "Advice note.")));

            assertThatThrownBy(() -> f.register.notice(m.id())).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.messageFor("notifications")).contains("nothing to tell the other groups"));
            assertThatThrownBy(() -> f.register.recordNotificationsSent(m.id(), TODAY, NotificationMethod.EMAIL))
                    .isInstanceOf(ValidationException.class);
        }
    }

    private static Map<String, String> headers(String block) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : block.replace("\r\n ", " ").split("\r\n")) {
            int colon = line.indexOf(':');
            headers.put(line.substring(0, colon), line.substring(colon + 1).trim());
        }
        return headers;
    }

    private static List<String> addresses(String header) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("<([^>]+)>").matcher(header);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** RFC 2047: adjacent encoded words join without the space between them. */
    private static String decode(String header) {
        Matcher m = Pattern.compile("=\\?UTF-8\\?B\\?([^?]*)\\?=(\\s+(?==\\?))?").matcher(header);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(
                    new String(Base64.getDecoder().decode(m.group(1)), StandardCharsets.UTF_8)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** RFC 3676: a line ending in a space continues on the next; a leading stuffed space is removed. */
    private static String unflow(String body) {
        StringBuilder text = new StringBuilder();
        String trimmed = body.endsWith("\r\n") ? body.substring(0, body.length() - 2) : body;
        for (String line : trimmed.split("\r\n", -1)) {
            String unstuffed = line.startsWith(" ") ? line.substring(1) : line;
            text.append(unstuffed);
            if (!unstuffed.endsWith(" ")) {
                text.append('\n');
            }
        }
        return text.toString();
    }
}
