package org.probity.retention;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probity.app.AppContext;
import org.probity.calendar.BankHolidayRegion;
import org.probity.cli.Launcher;
import org.probity.complaints.Complaint;
import org.probity.complaints.ComplaintCategory;
import org.probity.complaints.ComplaintDecision;
import org.probity.complaints.ComplaintDirection;
import org.probity.complaints.ComplaintOutcome;
import org.probity.complaints.ComplaintRoute;
import org.probity.complaints.ReceivedHow;
import org.probity.enquiries.Enquiry;
import org.probity.enquiries.EnquiryChannel;
import org.probity.enquiries.EnquiryKind;
import org.probity.people.AuthorityProfile;
import org.probity.people.Member;
import org.probity.people.MemberKind;
import org.probity.people.PersonRef;

class RetentionCommandTest {

    @TempDir
    Path dir;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int probity(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Launcher.run(args, new PrintWriter(out, true), new PrintWriter(err, true), w -> { });
    }

    /**
     * A complaint decided in 2019 and an enquiry closed in 2023, both past their retention on any
     * day this test runs, and an enquiry closed this year that is not.
     */
    private void authority() {
        try (AppContext app = AppContext.openEmbedded(dir)) {
            app.people().saveProfile(AuthorityProfile.withDefaults("Riverside Borough Council",
                    BankHolidayRegion.ENGLAND_AND_WALES));
            Member green = app.people().saveMember(new Member(null, "Cllr", "Ann", "Green", MemberKind.ELECTED, null,
                    null, null, List.of(), List.of(), List.of()));
            Member brown = app.people().saveMember(new Member(null, "Cllr", "Tom", "Brown", MemberKind.ELECTED, null,
                    null, null, List.of(), List.of(), List.of()));
            Complaint complaint = app.complaints().log(Complaint.logged(LocalDate.of(2019, 1, 7), ReceivedHow.EMAIL,
                    ComplaintDirection.MEMBER_ABOUT_MEMBER, PersonRef.member(green.id()), PersonRef.member(brown.id()),
                    ComplaintCategory.DISRESPECT, null, "Remarks in committee.", false,
                    ComplaintRoute.CODE_OF_CONDUCT, null), null);
            app.complaints().decide(complaint.id(), new ComplaintDecision(ComplaintOutcome.NOT_UPHELD,
                    LocalDate.of(2019, 3, 1), null, null, false, null));
            Enquiry old = app.enquiries().record(Enquiry.received(green.id(), LocalDate.of(2023, 11, 1),
                    EnquiryChannel.EMAIL, "Potholes on Mill Lane", null, EnquiryKind.OTHER, null, null, null, null));
            app.enquiries().answer(old.id(), LocalDate.of(2023, 11, 3));
            app.enquiries().close(old.id(), LocalDate.of(2023, 11, 6));
            LocalDate recent = app.retention().today().minusDays(10);
            Enquiry kept = app.enquiries().record(Enquiry.received(green.id(), recent, EnquiryChannel.EMAIL,
                    "Street lighting", null, EnquiryKind.OTHER, null, null, null, null));
            app.enquiries().answer(kept.id(), recent.plusDays(1));
            app.enquiries().close(kept.id(), recent.plusDays(1));
        }
    }

    @Test
    void listShowsTheScheduleAndOnlyTheDueRecordsWithDue() {
        authority();

        assertThat(probity("--data-dir", dir.toString(), "retention", "list", "--due")).isZero();

        assertThat(out.toString())
                .containsPattern("Complaints\\s+6 years\\s+closed \\(final decision\\)\\s+Anonymise")
                .containsPattern("Members' enquiries\\s+2 years\\s+closed \\(answered or refused\\)\\s+Delete")
                .containsPattern("CMP-2019-0001\\s+Complaints\\s+1 Mar 2019\\s+1 Mar 2025\\s+Anonymise")
                .containsPattern("ENQ-2023-00001\\s+Members' enquiries\\s+6 Nov 2023\\s+6 Nov 2025\\s+Delete")
                .doesNotContain("-00002")
                .contains("2 records, 2 due for disposal.");

        assertThat(probity("--data-dir", dir.toString(), "retention", "list")).isZero();
        assertThat(out.toString()).contains("ENQ-").contains("3 records, 2 due for disposal.");
    }

    @Test
    void applyRefusesEverythingWhenARecordIsOnHoldAndDisposesOfTheRest() {
        authority();
        try (AppContext app = AppContext.openEmbedded(dir)) {
            app.retention().placeHold("CMP-2019-0001", "Subject access request received 2 Nov");
        }

        int refused = probity("--data-dir", dir.toString(), "retention", "apply", "--approve",
                "CMP-2019-0001,ENQ-2023-00001");

        assertThat(refused).isEqualTo(1);
        assertThat(err.toString()).contains("On legal hold")
                .contains("CMP-2019-0001 (Subject access request received 2 Nov)")
                .contains("Nothing was disposed of");
        assertThat(probity("--data-dir", dir.toString(), "retention", "list", "--due")).isZero();
        assertThat(out.toString()).contains("ENQ-2023-00001").contains("On hold: Subject access request");

        assertThat(probity("--data-dir", dir.toString(), "retention", "apply", "--approve", "enq-2023-00001"))
                .isZero();
        assertThat(out.toString()).contains("ENQ-2023-00001 (Members' enquiries): deleted; 0 attachments deleted;")
                .contains("history entries redacted.");

        assertThat(probity("--data-dir", dir.toString(), "retention", "apply", "--approve", "ENQ-2023-00001,"
                + "ENQ-2099-00001")).isEqualTo(1);
        assertThat(err.toString()).contains("Not found").contains("ENQ-2023-00001, ENQ-2099-00001");
        assertThat(probity("--data-dir", dir.toString(), "verify")).isZero();
    }
}
