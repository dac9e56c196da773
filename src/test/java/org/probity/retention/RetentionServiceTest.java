package org.probity.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.probity.complaints.ComplaintCouncil.m;
import static org.probity.complaints.ComplaintCouncil.o;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.probity.complaints.Complaint;
import org.probity.complaints.ComplaintCategory;
import org.probity.complaints.ComplaintCouncil;
import org.probity.complaints.ComplaintDecision;
import org.probity.complaints.ComplaintDirection;
import org.probity.complaints.ComplaintOutcome;
import org.probity.complaints.ComplaintRoute;
import org.probity.complaints.ComplaintStatistics;
import org.probity.complaints.ReceivedHow;
import org.probity.enquiries.Enquiry;
import org.probity.enquiries.EnquiryChannel;
import org.probity.enquiries.EnquiryKind;
import org.probity.enquiries.EnquiryPerformance;
import org.probity.people.Member;
import org.probity.people.MemberKind;
import org.probity.people.Officer;
import org.probity.people.PeopleService;
import org.probity.retention.persistence.JooqRetentionRepository;
import org.probity.storage.TestDatabases;

class RetentionServiceTest {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    // The schedule

    @Test
    void aRecordIsDueOnItsTriggerPlusThePeriodInCalendarDaysAndTwentyNinthFebruaryReachesTwentyEighth() {
        RetentionRule sixYears = RetainedRegister.COMPLAINTS.defaultRule();
        assertThat(sixYears.dueOn(d(2026, 6, 1))).isEqualTo(d(2032, 6, 1));
        // A Saturday stays a Saturday: calendar days, not working days.
        assertThat(sixYears.dueOn(d(2026, 12, 25))).isEqualTo(d(2032, 12, 25));
        assertThat(sixYears.dueOn(d(2028, 2, 29))).isEqualTo(d(2034, 2, 28));
        assertThat(new RetentionRule(RetainedRegister.ENQUIRIES, 2, 0, DisposalAction.DELETE, null)
                .dueOn(d(2024, 2, 29))).isEqualTo(d(2026, 2, 28));
        assertThat(new RetentionRule(RetainedRegister.ENQUIRIES, 4, 0, DisposalAction.DELETE, null)
                .dueOn(d(2024, 2, 29))).isEqualTo(d(2028, 2, 29));
        assertThat(new RetentionRule(RetainedRegister.ENQUIRIES, 0, 18, DisposalAction.DELETE, null)
                .dueOn(d(2025, 8, 31))).isEqualTo(d(2027, 2, 28));
        assertThat(sixYears.latestTriggerDueBy(d(2034, 2, 28))).isEqualTo(d(2028, 2, 29));
        assertThat(sixYears.latestTriggerDueBy(d(2034, 2, 27))).isEqualTo(d(2028, 2, 27));
        assertThat(new RetentionRule(RetainedRegister.ENQUIRIES, 0, 18, DisposalAction.DELETE, null)
                .latestTriggerDueBy(d(2027, 2, 28))).isEqualTo(d(2025, 8, 31));
    }

    @Test
    void theDefaultsAreThoseTheScheduleShipsWithAndSayWhereTheyComeFrom() {
        assertThat(RetainedRegister.COMPLAINTS.defaultRule().describe())
                .isEqualTo("6 years after closed (final decision), then anonymise");
        assertThat(RetainedRegister.DECLARATIONS.defaultRule().describe())
                .isEqualTo("6 years after relationship ended, then delete");
        assertThat(RetainedRegister.ENQUIRIES.defaultRule().describe())
                .isEqualTo("2 years after closed (answered or refused), then delete");
        assertThat(RetainedRegister.GROUP_MEETINGS.defaultRule().describe())
                .isEqualTo("6 years after meeting date, then anonymise");
        for (RetainedRegister register : RetainedRegister.values()) {
            assertThat(register.defaultRule().note()).contains("Records Management Society");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void aComplaintBecomesDueExactlyOnItsDateAndAnOpenOneNever(TestDatabases.Kind kind) {
        try (ComplaintCouncil c = new ComplaintCouncil(kind, d(2034, 3, 1))) {
            Complaint leap = c.aboutMember(d(2028, 1, 10));
            c.complaints.decide(leap.id(), new ComplaintDecision(ComplaintOutcome.NOT_UPHELD, d(2028, 2, 29), null,
                    null, false, null));
            c.aboutMember(d(2027, 1, 10));

            assertThat(references(serviceOn(c, d(2034, 2, 27)).due())).isEmpty();
            assertThat(serviceOn(c, d(2034, 2, 27)).countDue()).isZero();
            assertThat(new RetentionDueItems(serviceOn(c, d(2034, 2, 27))).dueItems(d(2034, 2, 27), d(2034, 3, 6)))
                    .isEmpty();
            assertThat(references(serviceOn(c, d(2034, 2, 28)).due())).containsExactly("CMP-2028-0001");
            assertThat(serviceOn(c, d(2034, 2, 28)).countDue()).isEqualTo(1);
            assertThat(new RetentionDueItems(serviceOn(c, d(2034, 2, 28))).dueItems(d(2034, 2, 28), d(2034, 3, 7)))
                    .singleElement().satisfies(item -> {
                        assertThat(item.what()).isEqualTo("1 record is past the retention date and awaiting the"
                                + " disposal review.");
                        assertThat(item.sectionId()).isEqualTo("disposal-review");
                    });
            assertThat(references(serviceOn(c, d(2099, 1, 1)).due()))
                    .as("a complaint with no outcome is never due").containsExactly("CMP-2028-0001");
            assertThat(serviceOn(c, d(2034, 2, 27)).records(false)).singleElement()
                    .satisfies(r -> assertThat(r.dueDate()).isEqualTo(d(2034, 2, 28)));
            assertThatThrownBy(() -> serviceOn(c, d(2034, 2, 27)).dispose(List.of("CMP-2028-0001")))
                    .isInstanceOf(RetentionException.class)
                    .hasMessageContaining("Not yet due for disposal: CMP-2028-0001 (due 28 Feb 2034)")
                    .hasMessageContaining("Nothing was disposed of");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void aChangedPeriodMovesTheDueDateAndIsAudited(TestDatabases.Kind kind) {
        try (ComplaintCouncil c = new ComplaintCouncil(kind, d(2030, 1, 1))) {
            long id = c.aboutMember(d(2026, 1, 5)).id();
            c.complaints.decide(id, new ComplaintDecision(ComplaintOutcome.NOT_UPHELD, d(2026, 3, 2), null, null,
                    false, null));
            RetentionService retention = c.app.retention();
            assertThat(retention.due()).isEmpty();

            retention.saveRule(new RetentionRule(RetainedRegister.COMPLAINTS, 3, 6, DisposalAction.DELETE,
                    "Our own schedule, minute 12/2029."));

            assertThat(retention.rule(RetainedRegister.COMPLAINTS).describe())
                    .isEqualTo("3 years and 6 months after closed (final decision), then delete");
            assertThat(retention.due()).singleElement().satisfies(r -> {
                assertThat(r.dueDate()).isEqualTo(d(2029, 9, 2));
                assertThat(r.action()).isEqualTo(DisposalAction.DELETE);
            });
            assertThat(c.app.audit().history(RetentionService.SCHEDULE, "COMPLAINTS")).singleElement()
                    .satisfies(e -> assertThat(e.after()).containsEntry("Period", "3 years and 6 months"));
            assertThatThrownBy(() -> retention.saveRule(new RetentionRule(RetainedRegister.COMPLAINTS, 0, 0,
                    DisposalAction.DELETE, null))).hasMessageContaining("at least one month");
        }
    }

    // Legal hold

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void aLegalHoldStopsDisposalUntilLiftedAndItsReasonIsKept(TestDatabases.Kind kind) {
        try (ComplaintCouncil c = new ComplaintCouncil(kind, d(2033, 6, 1))) {
            long id = c.aboutMember(d(2026, 1, 5)).id();
            c.complaints.decide(id, new ComplaintDecision(ComplaintOutcome.NOT_UPHELD, d(2026, 3, 2), null, null,
                    false, null));
            RetentionService retention = c.app.retention();

            LegalHold hold = retention.placeHold("CMP-2026-0001", "Employment tribunal claim ET/1234/33");
            assertThatThrownBy(() -> retention.placeHold("CMP-2026-0001", "again"))
                    .hasMessageContaining("already on legal hold");
            assertThatThrownBy(() -> retention.placeHold("CMP-2026-0001", " "))
                    .hasMessageContaining("reason for the hold");

            assertThat(retention.due()).singleElement().satisfies(r -> assertThat(r.isOnHold()).isTrue());
            assertThatThrownBy(() -> retention.dispose(List.of("CMP-2026-0001")))
                    .isInstanceOf(RetentionException.class)
                    .hasMessageContaining("On legal hold")
                    .hasMessageContaining("CMP-2026-0001 (Employment tribunal claim ET/1234/33)");
            assertThatThrownBy(() -> retention.preview(List.of("CMP-2026-0001")))
                    .hasMessageContaining("CMP-2026-0001");
            assertThat(c.complaints.complaint(id)).isPresent();
            assertThat(retention.disposalLog()).isEmpty();

            retention.liftHold(hold.id(), "Claim withdrawn.");
            assertThat(retention.dispose(List.of("CMP-2026-0001"))).hasSize(1);
            assertThat(retention.holds(false)).singleElement().satisfies(h -> {
                assertThat(h.isActive()).isFalse();
                assertThat(h.reason()).isEqualTo("Employment tribunal claim ET/1234/33");
                assertThat(h.liftReason()).isEqualTo("Claim withdrawn.");
            });
        }
    }

    // Disposal

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void afterAnonymisingAComplaintNoneOfItsPersonalValuesRemainAnywhereAndTheFiguresAreUnchanged(
            TestDatabases.Kind kind, @TempDir Path dir) throws Exception {
        try (ComplaintCouncil c = new ComplaintCouncil(kind, d(2033, 6, 1))) {
            Member complainant = c.people.saveMember(new Member(null, "Cllr", "Ottoline", "Quarrington",
                    MemberKind.ELECTED, null, null, null, List.of(), List.of(), List.of()));
            Officer subject = c.people.saveOfficer(new Officer(null, "E9", "Barnaby", "Fitzwarren", "Housing Officer",
                    c.place.id(), null, 5, c.headOfHousing.id(), false, null, d(2015, 4, 1), null, null));
            String summary = "Shouted at the housing team about Agnes Thistlewood and her tenancy.";
            Complaint logged = c.complaints.log(Complaint.logged(d(2026, 3, 2), ReceivedHow.EMAIL,
                    ComplaintDirection.MEMBER_ABOUT_OFFICER, m(complainant), o(subject), ComplaintCategory.DISRESPECT,
                    "para 30", summary, false, ComplaintRoute.MONITORING_OFFICER,
                    "Thistlewood family are related to the Director."), c.monitoringOfficer.id());
            long id = logged.id();
            c.complaints.advance(id, d(2026, 3, 3), c.monitoringOfficer.id());
            c.complaints.extend(id, 5, "Waiting for Agnes Thistlewood to return from leave.");
            c.complaints.decide(id, new ComplaintDecision(ComplaintOutcome.UPHELD, d(2026, 6, 1),
                    "Apology to Barnaby Fitzwarren in writing.", "Quarrington to attend protocol training.", false,
                    null));
            c.complaints.recordReview(id, d(2026, 6, 20), "Quarrington review refused.");
            Path statement = dir.resolve("statement-thistlewood.txt");
            Files.writeString(statement, "Witness statement: Agnes Thistlewood saw the meeting.",
                    StandardCharsets.US_ASCII);
            c.app.attachments().add("Complaint", id, statement, "Statement from Agnes Thistlewood");
            Complaint kept = c.aboutMember(d(2026, 9, 1));
            c.complaints.decide(kept.id(), new ComplaintDecision(ComplaintOutcome.NOT_UPHELD, d(2027, 7, 1), null,
                    null, false, null));
            ComplaintStatistics before2026 = c.complaints.statistics(d(2026, 1, 1), d(2026, 12, 31));
            List<String> personal = List.of("Ottoline", "Quarrington", "Barnaby", "Fitzwarren", "Thistlewood",
                    "Shouted at the housing team", "Apology to", "protocol training", "review refused",
                    "related to the Director", "statement-thistlewood", "Witness statement");
            DatabaseSearch search = new DatabaseSearch(c.app.database().dataSource());
            // The parties' own entries in the people directory are kept under the directory's rules.
            Set<String> directory = Set.of("MEMBER", "OFFICER");
            Set<String> directoryHistory = Set.of(PeopleService.MEMBER, PeopleService.OFFICER);
            assertThat(search.find(personal, directory, directoryHistory)).extracting(DatabaseSearch.Finding::table)
                    .as("the fixture puts the values in the record, its stages, history and attachment")
                    .contains("COMPLAINT", "COMPLAINT_STAGE", "AUDIT_ENTRY", "ATTACHMENT", "ATTACHMENT_CHUNK");

            RetentionService retention = c.app.retention();
            assertThat(references(retention.due())).containsExactly("CMP-2026-0001");
            DisposalPreview preview = retention.preview(List.of("cmp-2026-0001"));
            assertThat(preview.disposals()).singleElement().satisfies(p -> {
                assertThat(p.attachments()).isEqualTo(1);
                assertThat(p.auditEntries()).isEqualTo(c.complaints.history(id).size());
                assertThat(p.whatHappens()).contains("1 attachment deleted");
            });

            List<DisposalLogEntry> done = retention.dispose(List.of("CMP-2026-0001"));

            assertThat(search.find(personal, directory, directoryHistory)).isEmpty();
            assertThat(c.complaints.statistics(d(2026, 1, 1), d(2026, 12, 31))).isEqualTo(before2026);
            assertThat(c.app.attachments().attachments("Complaint", id)).isEmpty();
            assertThat(c.complaints.complaint(id)).hasValueSatisfying(anonymised -> {
                assertThat(anonymised.summary()).isNull();
                assertThat(anonymised.category()).isEqualTo(ComplaintCategory.DISRESPECT);
                assertThat(anonymised.decision().outcome()).isEqualTo(ComplaintOutcome.UPHELD);
            });
            assertThat(c.complaints.history(id)).isNotEmpty().allSatisfy(e -> assertThat(e.after().values())
                    .allMatch(v -> v.equals("(removed at disposal)")));
            assertThat(done).singleElement().satisfies(e -> {
                assertThat(e.reference()).isEqualTo("CMP-2026-0001");
                assertThat(e.recordYear()).isEqualTo(2026);
                assertThat(e.triggerDate()).isEqualTo(d(2026, 6, 1));
                assertThat(e.dueDate()).isEqualTo(d(2032, 6, 1));
                assertThat(e.action()).isEqualTo(DisposalAction.ANONYMISE);
                assertThat(e.approvedBy()).isEqualTo("clerk");
                assertThat(e.attachmentsRemoved()).isEqualTo(1);
                assertThat(e.auditEntriesRedacted()).isEqualTo(preview.auditEntries());
            });
            assertThat(retention.disposalLog()).containsExactlyElementsOf(done);
            assertThat(retention.due()).as("an anonymised record is not due again").isEmpty();
            assertThat(retention.deletedIn(RetainedRegister.COMPLAINTS, 2026)).isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void theAuditTrailStillVerifiesAfterADisposalAndAChangedRedactedEntryIsFound(TestDatabases.Kind kind)
            throws Exception {
        try (ComplaintCouncil c = new ComplaintCouncil(kind, d(2033, 6, 1))) {
            long id = c.aboutMember(d(2026, 1, 5)).id();
            c.complaints.decide(id, new ComplaintDecision(ComplaintOutcome.NOT_UPHELD, d(2026, 3, 2), null, null,
                    false, null));
            c.aboutMember(d(2026, 4, 1));
            c.app.retention().dispose(List.of("CMP-2026-0001"));
            c.aboutMember(d(2026, 5, 1));

            assertThat(c.app.integrity().check().passed()).isTrue();

            try (Connection connection = c.app.database().dataSource().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.executeUpdate("UPDATE audit_entry SET after_values = '{\"Summary\":\"put back\"}'"
                        + " WHERE redacted_by IS NOT NULL AND after_values IS NOT NULL");
            }
            assertThat(c.app.integrity().check().findings()).singleElement().asString()
                    .contains("when a disposal removed its personal values");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void aDeletedEnquiryLeavesThePerformanceCountAndTheLogGivesItBack(TestDatabases.Kind kind) throws Exception {
        try (ComplaintCouncil c = new ComplaintCouncil(kind, d(2029, 6, 1))) {
            var enquiries = c.app.enquiries();
            Enquiry old = enquiries.record(Enquiry.received(c.councillor.id(), d(2026, 5, 4), EnquiryChannel.EMAIL,
                    "Bins not collected at 14 Mill Lane for Mrs Edwina Marchbank", "Details of Mrs Marchbank's case",
                    EnquiryKind.OTHER, null, null, c.housingOfficer.id(), null));
            enquiries.answer(old.id(), d(2026, 5, 6));
            enquiries.close(old.id(), d(2026, 5, 7));
            Enquiry recent = enquiries.record(Enquiry.received(c.councillor.id(), d(2026, 6, 1), EnquiryChannel.EMAIL,
                    "Street lighting", null, EnquiryKind.OTHER, null, null, c.housingOfficer.id(), null));
            enquiries.answer(recent.id(), d(2026, 6, 2));
            enquiries.close(recent.id(), d(2028, 6, 2));
            EnquiryPerformance before = enquiries.performance(d(2026, 1, 1), d(2026, 12, 31));
            String reference = old.reference().toString();

            RetentionService retention = c.app.retention();
            assertThat(references(retention.due())).containsExactly(reference);
            retention.dispose(List.of(reference));

            EnquiryPerformance after = enquiries.performance(d(2026, 1, 1), d(2026, 12, 31));
            assertThat(after.overall().count()).isEqualTo(before.overall().count() - 1);
            assertThat(after.overall().count() + retention.deletedIn(RetainedRegister.ENQUIRIES, 2026))
                    .isEqualTo(before.overall().count());
            assertThat(enquiries.enquiry(old.id())).isEmpty();
            assertThat(new DatabaseSearch(c.app.database().dataSource()).find(List.of("Marchbank", "Mill Lane"),
                    Set.of(), Set.of())).isEmpty();
            assertThat(c.app.integrity().check().passed()).isTrue();
        }
    }

    private static List<String> references(List<DueRecord> records) {
        return records.stream().map(DueRecord::reference).toList();
    }

    /** The same database and audit trail, seen on another day. */
    private static RetentionService serviceOn(ComplaintCouncil c, LocalDate today) {
        return new RetentionService(new JooqRetentionRepository(c.app.database().session()),
                c.app.database().session(), c.app.audit(), Clock.fixed(today.atTime(10, 0).atZone(UK).toInstant(), UK),
                c.app.permissions(), List::of);
    }
}
