package org.probity.complaints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.probity.complaints.ComplaintCouncil.m;
import static org.probity.complaints.ComplaintCouncil.o;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.probity.app.AppContext;
import org.probity.common.DueItem;
import org.probity.common.ValidationException;
import org.probity.complaints.persistence.JooqComplaintRepository;
import org.probity.storage.TestDatabases;

class ComplaintServiceTest {

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private static String messageFor(Throwable thrown, String field) {
        return ((ValidationException) thrown).messageFor(field);
    }

    // Routing

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void eachDirectionIsRoutedAsTheProtocolsSayWithTheRuleThatChoseIt(TestDatabases.Kind kind) {
        try (ComplaintCouncil c = new ComplaintCouncil(kind, d(2026, 11, 23))) {
            ComplaintService s = c.complaints;

            ProposedRoute byOfficer = s.propose(ComplaintDirection.OFFICER_ABOUT_MEMBER, o(c.housingOfficer),
                    m(c.councillor), false);
            assertThat(byOfficer.route()).isEqualTo(ComplaintRoute.LINE_MANAGER);
            assertThat(byOfficer.handlerId()).isEqualTo(c.headOfHousing.id());
            assertThat(byOfficer.rule()).contains("line manager or Director (Sam Patel)")
                    .contains("may go on to the Monitoring Officer");

            ProposedRoute noManager = s.propose(ComplaintDirection.OFFICER_ABOUT_MEMBER, o(c.planner),
                    m(c.councillor), false);
            assertThat(noManager.handlerId()).as("an officer with no line manager goes to their Director")
                    .isEqualTo(c.directorOfPlace.id());

            ProposedRoute breach = s.propose(ComplaintDirection.OFFICER_ABOUT_MEMBER, o(c.housingOfficer),
                    m(c.councillor), true);
            assertThat(breach.route()).isEqualTo(ComplaintRoute.CODE_OF_CONDUCT);
            assertThat(breach.handlerId()).isEqualTo(c.monitoringOfficer.id());
            assertThat(breach.rule()).contains("breach of the Members' Code");

            ProposedRoute aboutOfficer = s.propose(ComplaintDirection.MEMBER_ABOUT_OFFICER, m(c.councillor),
                    o(c.housingOfficer), false);
            assertThat(aboutOfficer.route()).isEqualTo(ComplaintRoute.DIRECTOR);
            assertThat(aboutOfficer.handlerId()).isEqualTo(c.directorOfPlace.id());
            assertThat(aboutOfficer.rule()).contains("officer's Director (Ruth Okafor)");

            ProposedRoute aboutDirector = s.propose(ComplaintDirection.MEMBER_ABOUT_OFFICER, m(c.councillor),
                    o(c.directorOfPlace), false);
            assertThat(aboutDirector.route()).isEqualTo(ComplaintRoute.CHIEF_EXECUTIVE);
            assertThat(aboutDirector.handlerId()).isEqualTo(c.chiefExecutive.id());
            assertThat(aboutDirector.rule()).contains("about a Director").contains("Tier 2");

            ProposedRoute aboutChief = s.propose(ComplaintDirection.MEMBER_ABOUT_OFFICER, m(c.councillor),
                    o(c.chiefExecutive), false);
            assertThat(aboutChief.route()).isEqualTo(ComplaintRoute.MONITORING_OFFICER);
            assertThat(aboutChief.handlerId()).isEqualTo(c.monitoringOfficer.id());
            assertThat(aboutChief.rule()).contains("Chief Executive (Helen Barker) goes to the Monitoring Officer");

            ProposedRoute memberAboutMember = s.propose(ComplaintDirection.MEMBER_ABOUT_MEMBER, m(c.councillor),
                    m(c.otherCouncillor), false);
            assertThat(memberAboutMember.route()).isEqualTo(ComplaintRoute.CODE_OF_CONDUCT);
            assertThat(memberAboutMember.handlerId()).isEqualTo(c.monitoringOfficer.id());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void aRouteOtherThanTheProposedOneNeedsAReasonAndKeepsWhatWasProposed(TestDatabases.Kind kind) {
        try (ComplaintCouncil c = new ComplaintCouncil(kind, d(2026, 11, 23))) {
            Complaint draft = Complaint.logged(d(2026, 11, 2), ReceivedHow.EMAIL,
                    ComplaintDirection.MEMBER_ABOUT_OFFICER, m(c.councillor), o(c.housingOfficer),
                    ComplaintCategory.POLITICAL_NEUTRALITY, "para 12", "Appeared partisan.", false,
                    ComplaintRoute.MONITORING_OFFICER, null);

            assertThatThrownBy(() -> c.complaints.log(draft, null))
                    .satisfies(e -> assertThat(messageFor(e, "routeReason"))
                            .contains("Give the reason for sending this complaint to The Monitoring Officer")
                            .contains("instead of The officer's Director"));
            assertThat(c.complaints.count()).isZero();

            Complaint logged = c.complaints.log(Complaint.logged(draft.receivedOn(), draft.receivedHow(),
                    draft.direction(), draft.complainant(), draft.subject(), draft.category(), draft.paragraphs(),
                    draft.summary(), false, ComplaintRoute.MONITORING_OFFICER,
                    "The Director is a witness to the events."), c.monitoringOfficer.id());

            assertThat(logged.reference().toString()).isEqualTo("CMP-2026-0001");
            assertThat(logged.route()).isEqualTo(ComplaintRoute.MONITORING_OFFICER);
            assertThat(logged.routeRule()).startsWith("Proposed: The officer's Director.");
            assertThat(logged.routeReason()).isEqualTo("The Director is a witness to the events.");
            assertThat(c.complaints.history(logged.id())).hasSize(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void detailsAreCheckedFieldByField(TestDatabases.Kind kind) {
        try (ComplaintCouncil c = new ComplaintCouncil(kind, d(2026, 11, 23))) {
            Complaint wrongWay = Complaint.logged(d(2026, 11, 30), ReceivedHow.EMAIL,
                    ComplaintDirection.OFFICER_ABOUT_MEMBER, m(c.councillor), m(c.councillor), null, null, null,
                    false, ComplaintRoute.LINE_MANAGER, null);

            assertThatThrownBy(() -> c.complaints.log(wrongWay, null)).satisfies(e -> {
                assertThat(messageFor(e, "receivedOn")).contains("cannot be in the future");
                assertThat(messageFor(e, "complainant")).contains("must be an officer");
                assertThat(messageFor(e, "category")).contains("The category is required");
            });
        }
    }

    // Deadlines

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void stageOneTargetsAreCountedInWorkingDaysAcrossWeekendsChristmasAndEaster(TestDatabases.Kind kind) {
        try (ComplaintCouncil c = new ComplaintCouncil(kind, d(2027, 6, 1))) {
            // stage 1 starts on, acknowledge by (5), respond by (10)
            Object[][] cases = {
                    // a plain fortnight: two weekends skipped
                    {d(2026, 11, 6), d(2026, 11, 13), d(2026, 11, 20)},
                    // Christmas Day Fri 25, Boxing Day substitute Mon 28, New Year's Day Fri 1 Jan
                    {d(2026, 12, 18), d(2026, 12, 29), d(2027, 1, 6)},
                    // Good Friday 3 Apr and Easter Monday 6 Apr 2026
                    {d(2026, 4, 2), d(2026, 4, 13), d(2026, 4, 20)},
            };
            for (Object[] row : cases) {
                LocalDate start = (LocalDate) row[0];
                Complaint logged = c.aboutOfficer(start, c.housingOfficer);
                ComplaintStage informal = logged.currentStage().orElseThrow();
                assertThat(c.complaints.stageName(logged, informal)).isEqualTo("Informal resolution");
                assertThat(informal.respondDue()).as("informal resolution has no target").isNull();
                assertThat(informal.handlerId()).isEqualTo(c.directorOfPlace.id());

                Complaint stageOne = c.complaints.advance(logged.id(), start, c.directorOfPlace.id());
                ComplaintStage s1 = stageOne.currentStage().orElseThrow();
                assertThat(c.complaints.stageName(stageOne, s1)).isEqualTo("Stage 1");
                assertThat(s1.acknowledgeDue()).as("acknowledge 5 working days after %s", start).isEqualTo(row[1]);
                assertThat(s1.respondDue()).as("respond 10 working days after %s", start).isEqualTo(row[2]);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void stageTwoAndTheCodeOfConductStagesHaveTheirOwnTargets(TestDatabases.Kind kind) {
        try (ComplaintCouncil c = new ComplaintCouncil(kind, d(2027, 6, 1))) {
            Complaint logged = c.aboutOfficer(d(2026, 12, 1), c.housingOfficer);
            c.complaints.advance(logged.id(), d(2026, 12, 4), c.directorOfPlace.id());
            // Stage 2 from Fri 18 Dec: 5 working days is Tue 29 Dec, 20 is Wed 20 Jan
            Complaint stageTwo = c.complaints.advance(logged.id(), d(2026, 12, 18), c.chiefExecutive.id());
            ComplaintStage s2 = stageTwo.currentStage().orElseThrow();
            assertThat(c.complaints.stageName(stageTwo, s2)).isEqualTo("Stage 2");
            assertThat(s2.acknowledgeDue()).isEqualTo(d(2026, 12, 29));
            assertThat(s2.respondDue()).isEqualTo(d(2027, 1, 20));
            assertThat(s2.startedOn()).isEqualTo(d(2026, 12, 18));

            // Code of conduct: acknowledge within 5 working days of receipt, over Easter 2026
            Complaint conduct = c.aboutMember(d(2026, 4, 2));
            ComplaintStage ack = conduct.currentStage().orElseThrow();
            assertThat(c.complaints.stageName(conduct, ack)).isEqualTo("Acknowledgement");
            assertThat(ack.acknowledgeDue()).isEqualTo(d(2026, 4, 13));
            assertThat(ack.handlerId()).isEqualTo(c.monitoringOfficer.id());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void aStageMayBeExtendedOnceByAtMostTenWorkingDaysWithAReason(TestDatabases.Kind kind) {
        try (ComplaintCouncil c = new ComplaintCouncil(kind, d(2027, 6, 1))) {
            Complaint logged = c.aboutOfficer(d(2026, 12, 1), c.housingOfficer);
            long id = logged.id();

            assertThatThrownBy(() -> c.complaints.extend(id, 5, "Witness on leave"))
                    .satisfies(e -> assertThat(messageFor(e, "extensionDays"))
                            .isEqualTo("Informal resolution cannot be extended."));

            c.complaints.advance(id, d(2026, 12, 18), c.directorOfPlace.id());
            assertThatThrownBy(() -> c.complaints.extend(id, 11, "Witness on leave"))
                    .satisfies(e -> assertThat(messageFor(e, "extensionDays"))
                            .contains("between 1 and 10 working days (it was 11)"));
            assertThatThrownBy(() -> c.complaints.extend(id, 5, " "))
                    .satisfies(e -> assertThat(messageFor(e, "extensionReason")).contains("is required"));

            // respond by Wed 6 Jan 2027; ten more working days is Wed 20 Jan
            Complaint extended = c.complaints.extend(id, 10, "Witness on leave");
            ComplaintStage s1 = extended.currentStage().orElseThrow();
            assertThat(s1.respondDue()).isEqualTo(d(2027, 1, 6));
            assertThat(s1.responseDue()).isEqualTo(d(2027, 1, 20));
            assertThat(s1.extensionReason()).isEqualTo("Witness on leave");

            assertThatThrownBy(() -> c.complaints.extend(id, 1, "Still on leave"))
                    .satisfies(e -> assertThat(messageFor(e, "extensionDays"))
                            .contains("already been extended once (by 10 working days)"));
            assertThat(c.complaints.complaint(id).orElseThrow().currentStage().orElseThrow().extendedDue())
                    .isEqualTo(d(2027, 1, 20));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void stageTwoIsRefusedToAnyoneWhoHandledStageOne(TestDatabases.Kind kind) {
        try (ComplaintCouncil c = new ComplaintCouncil(kind, d(2027, 6, 1))) {
            long id = c.aboutOfficer(d(2026, 12, 1), c.housingOfficer).id();
            c.complaints.advance(id, d(2026, 12, 4), c.headOfHousing.id());

            assertThatThrownBy(() -> c.complaints.advance(id, d(2026, 12, 18), c.headOfHousing.id()))
                    .satisfies(e -> assertThat(messageFor(e, "handlerId")).isEqualTo("Stage 2 must be handled by "
                            + "someone who did not handle Stage 1: Sam Patel handled Stage 1."));
            assertThatThrownBy(() -> c.complaints.advance(id, d(2026, 12, 18), c.directorOfPlace.id()))
                    .as("the Director handled informal resolution")
                    .satisfies(e -> assertThat(messageFor(e, "handlerId")).contains("Ruth Okafor handled "
                            + "Informal resolution"));
            assertThatThrownBy(() -> c.complaints.advance(id, d(2026, 12, 18), null))
                    .satisfies(e -> assertThat(messageFor(e, "handlerId")).contains("is required"));
            assertThat(c.complaints.complaint(id).orElseThrow().stages()).hasSize(2);

            Complaint stageTwo = c.complaints.advance(id, d(2026, 12, 18), c.chiefExecutive.id());
            assertThat(stageTwo.stages()).extracting(ComplaintStage::handlerId)
                    .containsExactly(c.directorOfPlace.id(), c.headOfHousing.id(), c.chiefExecutive.id());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void theIndependentPersonsViewIsRecordedOnlyWhereTheyAreConsulted(TestDatabases.Kind kind) {
        try (ComplaintCouncil c = new ComplaintCouncil(kind, d(2027, 6, 1))) {
            long id = c.aboutMember(d(2026, 11, 2)).id();
            assertThatThrownBy(() -> c.complaints.consultIndependentPerson(id, d(2026, 11, 3), "Agree"))
                    .satisfies(e -> assertThat(messageFor(e, "independentPersonConsultedOn"))
                            .isEqualTo("Acknowledgement does not consult the Independent Person."));

            c.complaints.acknowledge(id, d(2026, 11, 4));
            c.complaints.advance(id, d(2026, 11, 4), c.monitoringOfficer.id());
            Complaint consulted = c.complaints.consultIndependentPerson(id, d(2026, 11, 20),
                    "Agrees the matter should be investigated.");

            assertThat(consulted.isIndependentPersonConsulted()).isTrue();
            assertThat(consulted.currentStage().orElseThrow().independentPersonView())
                    .isEqualTo("Agrees the matter should be investigated.");
            assertThat(c.complaints.caseLog(d(2026, 11, 1), d(2026, 11, 30))).singleElement()
                    .satisfies(row -> {
                        assertThat(row.stage()).isEqualTo("Initial assessment by the Monitoring Officer");
                        assertThat(row.independentPersonConsulted()).isTrue();
                        assertThat(row.nextStep()).startsWith("Respond");
                    });
        }
    }

    // Outcome

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void anUpheldComplaintNeedsSanctionsAndAPublishedNoticeItsDate(TestDatabases.Kind kind) {
        try (ComplaintCouncil c = new ComplaintCouncil(kind, d(2027, 6, 1))) {
            long id = c.aboutMember(d(2026, 11, 2)).id();

            assertThatThrownBy(() -> c.complaints.decide(id, new ComplaintDecision(ComplaintOutcome.UPHELD,
                    d(2027, 2, 1), null, null, true, null))).satisfies(e -> {
                        assertThat(messageFor(e, "sanctions")).contains("sanctions or actions");
                        assertThat(messageFor(e, "noticePublishedOn")).contains("is required");
                    });

            Complaint decided = c.complaints.decide(id, new ComplaintDecision(ComplaintOutcome.UPHELD,
                    d(2027, 2, 1), "Written apology; training on the protocol.", "Brief new members on para 30.",
                    true, d(2027, 2, 8)));
            assertThat(decided.status()).isEqualTo(ComplaintStatus.CLOSED);
            assertThat(decided.currentStage().orElseThrow().completedOn()).isEqualTo(d(2027, 2, 1));
            assertThatThrownBy(() -> c.complaints.advance(id, d(2027, 2, 2), c.monitoringOfficer.id()))
                    .satisfies(e -> assertThat(messageFor(e, "stage")).contains("has its outcome"));

            Complaint reviewed = c.complaints.recordReview(id, d(2027, 2, 15), "Outcome confirmed.");
            assertThat(reviewed.reviewResult()).isEqualTo("Outcome confirmed.");
            assertThat(c.complaints.caseLog(d(2026, 11, 1), d(2026, 11, 30))).singleElement()
                    .satisfies(row -> assertThat(row.outcome()).isEqualTo("Upheld / breach found"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void statisticsCountEveryComplaintOnceInEachBreakdown(TestDatabases.Kind kind) {
        try (ComplaintCouncil c = new ComplaintCouncil(kind, d(2027, 6, 1))) {
            long late = c.aboutOfficer(d(2026, 3, 2), c.housingOfficer).id();
            c.complaints.advance(late, d(2026, 3, 2), c.directorOfPlace.id());
            c.complaints.decide(late, new ComplaintDecision(ComplaintOutcome.NOT_UPHELD, d(2026, 5, 1), null, null,
                    false, null));
            long quick = c.aboutOfficer(d(2026, 6, 1), c.directorOfPlace).id();
            c.complaints.decide(quick, new ComplaintDecision(ComplaintOutcome.RESOLVED_INFORMALLY, d(2026, 6, 3),
                    null, null, false, null));
            c.aboutMember(d(2026, 9, 1));
            c.aboutMember(d(2027, 1, 4));

            ComplaintStatistics year = c.complaints.statistics(d(2026, 1, 1), d(2026, 12, 31));

            assertThat(year.received()).isEqualTo(3);
            assertThat(year.closed()).isEqualTo(2);
            assertThat(year.stillOpen()).isEqualTo(1);
            assertThat(year.byOutcome()).containsEntry("Not upheld", 1).containsEntry("Resolved informally", 1)
                    .containsEntry(ComplaintStatistics.STILL_OPEN, 1);
            assertThat(year.byRoute()).containsEntry(ComplaintRoute.DIRECTOR, 1)
                    .containsEntry(ComplaintRoute.CHIEF_EXECUTIVE, 1).containsEntry(ComplaintRoute.CODE_OF_CONDUCT, 1);
            assertThat(year.byDirection()).containsEntry(ComplaintDirection.MEMBER_ABOUT_OFFICER, 2)
                    .containsEntry(ComplaintDirection.MEMBER_ABOUT_MEMBER, 1);
            // the first answered stage 1 after its 10 working days; the open one is long past its acknowledgement
            assertThat(year.late()).isEqualTo(2);
            assertThat(year.withinTarget()).isEqualTo(1);
            // The trend chart's count of each year is the statistics' count.
            assertThat(c.complaints.receivedByYear(2025, 2027)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    2026, year.received(),
                    2027, c.complaints.statistics(d(2027, 1, 1), d(2027, 12, 31)).received()));
        }
    }

    // Confidentiality and the dashboard

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void readersWithoutAccessSeeNoComplainantSubjectOrSummary(TestDatabases.Kind kind) {
        try (ComplaintCouncil c = new ComplaintCouncil(kind, d(2027, 6, 1))) {
            Complaint logged = c.aboutMember(d(2026, 11, 2));
            AppContext app = c.app;
            ComplaintService withheld = new ComplaintService(new JooqComplaintRepository(app.database().session()),
                    app.people(), app.calendar(), app.database().session(), app.audit(), app.clock(),
                    ConfidentialAccess.WITHHELD);

            Complaint seen = withheld.complaint(logged.id()).orElseThrow();
            assertThat(seen.confidentialShown()).isFalse();
            assertThat(seen.complainant()).isNull();
            assertThat(seen.subject()).isNull();
            assertThat(seen.summary()).isNull();
            assertThat(seen.category()).isEqualTo(ComplaintCategory.BULLYING_OR_HARASSMENT);
            assertThat(withheld.all()).allSatisfy(x -> assertThat(x.summary()).isNull());

            assertThat(withheld.involving(m(c.councillor))).isEmpty();
            assertThat(new ComplaintRecords(c.complaints).recordsOf(m(c.otherCouncillor))).singleElement()
                    .satisfies(r -> {
                        assertThat(r.summary()).isEqualTo("Complaint from Cllr Jane Smith · Bullying or harassment");
                        assertThat(r.sectionId()).isEqualTo("complaints");
                    });
            assertThat(new ComplaintRecords(withheld).recordsOf(m(c.otherCouncillor))).isEmpty();

            // changes made by such a reader keep the confidential fields
            withheld.acknowledge(logged.id(), d(2026, 11, 3));
            assertThat(c.complaints.complaint(logged.id()).orElseThrow().summary())
                    .isEqualTo("Repeated personal remarks in committee.");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void theDashboardShowsWhatIsDueWithinTwoWorkingDaysOverdueAndExtensionsEnding(TestDatabases.Kind kind) {
        // Today is Thursday 3 Dec 2026: two working days ahead is Monday 7 Dec
        try (ComplaintCouncil c = new ComplaintCouncil(kind, d(2026, 12, 3))) {
            Complaint ackDue = c.aboutMember(d(2026, 11, 30));          // acknowledge by Mon 7 Dec
            Complaint notYet = c.aboutMember(d(2026, 12, 2));           // acknowledge by Wed 9 Dec
            Complaint overdue = c.aboutMember(d(2026, 11, 20));         // acknowledge by Fri 27 Nov
            long extended = c.aboutOfficer(d(2026, 11, 19), c.housingOfficer).id();
            c.complaints.advance(extended, d(2026, 11, 19), c.directorOfPlace.id());
            c.complaints.acknowledge(extended, d(2026, 11, 20));
            c.complaints.extend(extended, 2, "Awaiting a witness");    // respond by Thu 3 Dec, now Mon 7 Dec
            long responseDue = c.aboutOfficer(d(2026, 11, 23), c.housingOfficer).id();
            c.complaints.advance(responseDue, d(2026, 11, 23), c.directorOfPlace.id());
            c.complaints.acknowledge(responseDue, d(2026, 11, 24));   // respond by Mon 7 Dec

            List<DueItem> items = new ComplaintDueItems(c.complaints).dueItems(d(2026, 12, 3), d(2026, 12, 17));

            assertThat(items).extracting(DueItem::what).contains(
                    "Acknowledgement due: " + ackDue.reference() + " Acknowledgement",
                    "Overdue: " + overdue.reference() + " Acknowledgement",
                    "Response due: CMP-2026-0005 Stage 1",
                    "Extension about to expire: CMP-2026-0004 Stage 1");
            assertThat(items).extracting(DueItem::what).noneMatch(w -> w.contains(notYet.reference().toString()));
            assertThat(items).allSatisfy(i -> {
                assertThat(i.sectionId()).isEqualTo("complaints");
                assertThat(i.who()).doesNotContain("Jane Smith").doesNotContain("Peter Jones");
            });
        }
    }
}
