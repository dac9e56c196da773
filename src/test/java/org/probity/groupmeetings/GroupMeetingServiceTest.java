package org.probity.groupmeetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.probity.calendar.BankHolidayRegion;
import org.probity.calendar.MovedDeadline;
import org.probity.common.DueItem;
import org.probity.common.FieldProblem;
import org.probity.common.ValidationException;
import org.probity.storage.TestDatabases;

class GroupMeetingServiceTest {

    /** Late enough that every meeting below can have its controls recorded. */
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 31);
    private static final LocalDate CHRISTMAS_EVE = LocalDate.of(2026, 12, 24);

    private static List<GroupMeetingAlert> alerts(GroupMeetingFixture f, AlertRule rule, LocalDate today) {
        return f.register.alerts(today).stream().filter(a -> a.rule() == rule).toList();
    }

    // References and refusals

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void referencesAreNumberedWithinTheYearTheRequestWasMade(TestDatabases.Kind kind) {
        try (GroupMeetingFixture f = new GroupMeetingFixture(kind, TODAY)) {
            GroupMeeting first = f.save(f.labour, MeetingKind.PRIVATE_BRIEFING, LocalDate.of(2026, 11, 20),
                    f.samAttending(true));
            GroupMeeting second = f.save(f.green, MeetingKind.GROUP_MEETING, CHRISTMAS_EVE, f.samAttending(true));
            GroupMeeting nextYear = f.save(f.labour, MeetingKind.PRIVATE_BRIEFING, LocalDate.of(2027, 1, 20),
                    f.samAttending(true));

            assertThat(List.of(first, second, nextYear)).extracting(m -> m.reference().toString())
                    .containsExactly("GRP-2026-0001", "GRP-2026-0002", "GRP-2027-0001");
            assertThat(f.register.meeting(MeetingReference.parse(" grp-2026-0002 ").orElseThrow()))
                    .hasValueSatisfying(m -> assertThat(m.groupId()).isEqualTo(f.green.id()));
            assertThat(f.register.history(first.id())).singleElement()
                    .satisfies(e -> assertThat(e.after()).containsEntry("Reference", "GRP-2026-0001")
                            .containsEntry("Officers", "Sam Patel: Will attend, accompanied"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void meetingsHeldAreCountedByTheYearOfTheMeetingLeavingOutCancelledOnes(TestDatabases.Kind kind) {
        try (GroupMeetingFixture f = new GroupMeetingFixture(kind, TODAY)) {
            f.save(f.labour, MeetingKind.PRIVATE_BRIEFING, LocalDate.of(2026, 11, 20), f.samAttending(true));
            f.save(f.green, MeetingKind.GROUP_MEETING, CHRISTMAS_EVE, f.samAttending(true));
            GroupMeeting cancelled = f.save(f.green, MeetingKind.GROUP_MEETING, LocalDate.of(2026, 12, 1),
                    f.samAttending(true));
            f.register.save(cancelled.withCancelled(LocalDate.of(2026, 11, 25)));
            f.save(f.labour, MeetingKind.PRIVATE_BRIEFING, LocalDate.of(2027, 1, 20), f.samAttending(true));

            assertThat(f.register.heldByYear(2025, 2027)).isEqualTo(java.util.Map.of(2026, 2, 2027, 1));
            assertThat(f.register.heldByYear(2027, 2027)).isEqualTo(java.util.Map.of(2027, 1));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void theMonitoringOfficerCannotHaveBeenToldBeforeTheMeetingWasHeld(TestDatabases.Kind kind) {
        try (GroupMeetingFixture f = new GroupMeetingFixture(kind, TODAY)) {
            GroupMeeting request = f.request(f.labour, MeetingKind.PRIVATE_BRIEFING, CHRISTMAS_EVE, "Budget",
                    f.samAttending(true)).withMoNotified(LocalDate.of(2026, 12, 22), f.headOfHousing.id());

            assertThatThrownBy(() -> f.register.save(request)).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.messageFor("moNotifiedOn")).isEqualTo("The date the Monitoring Officer was "
                            + "told (22 Dec 2026) cannot be before the date of the meeting (24 Dec 2026)."));
            assertThat(f.register.count()).isZero();

            GroupMeeting saved = f.register.save(request.withMoNotified(null, null));
            assertThatThrownBy(() -> f.register.recordMonitoringOfficerTold(saved.id(), LocalDate.of(2026, 12, 23),
                    null)).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.messageFor("moNotifiedOn")).contains("cannot be before the date of the meeting"));
            assertThat(f.register.meeting(saved.id()).orElseThrow().moNotifiedOn()).isNull();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void decliningWithWrittenAdviceNeedsTheAdvice(TestDatabases.Kind kind) {
        try (GroupMeetingFixture f = new GroupMeetingFixture(kind, TODAY)) {
            GroupMeeting request = f.request(f.labour, MeetingKind.PRIVATE_BRIEFING, CHRISTMAS_EVE, "Budget",
                    OfficerAttendance.declined(f.headOfHousing.id(), LocalDate.of(2026, 12, 18), "   "));

            assertThatThrownBy(() -> f.register.save(request)).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.messageFor("writtenAdvice")).isEqualTo("The written advice is required: "
                            + "Sam Patel declined to attend and gave written advice instead."));
            assertThat(f.register.count()).isZero();

            GroupMeeting saved = f.register.save(f.request(f.labour, MeetingKind.PRIVATE_BRIEFING, CHRISTMAS_EVE,
                    "Budget", OfficerAttendance.declined(f.headOfHousing.id(), LocalDate.of(2026, 12, 18),
                            "Advice note on the budget options, sent 18 Dec.")));
            assertThat(saved.officers()).singleElement().satisfies(o -> assertThat(o.writtenAdvice())
                    .isEqualTo("Advice note on the budget options, sent 18 Dec."));
            assertThat(f.register.alerts(TODAY)).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void aRequestNeedsAPlaceOrOnlineAnOfficerAndAMeetingNotBeforeTheRequest(TestDatabases.Kind kind) {
        try (GroupMeetingFixture f = new GroupMeetingFixture(kind, TODAY)) {
            GroupMeeting request = GroupMeeting.requested(f.labour.id(), f.labourLeader.id(),
                    RequesterRole.GROUP_LEADER, LocalDate.of(2026, 12, 10), MeetingKind.PRIVATE_BRIEFING,
                    LocalDate.of(2026, 12, 9), null, " ", false, "Budget", List.of());

            assertThatThrownBy(() -> f.register.save(request)).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.problems()).extracting(FieldProblem::field)
                            .contains("place", "officers", "meetingDate"));
        }
    }

    // Alerts after the meeting

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void theOfficersReportIsDueTwoWorkingDaysAfterAChristmasEveMeetingOnTheWednesdayAfterBoxingDay(
            TestDatabases.Kind kind) {
        try (GroupMeetingFixture f = new GroupMeetingFixture(kind, TODAY)) {
            GroupMeeting m = f.save(f.labour, MeetingKind.PRIVATE_BRIEFING, CHRISTMAS_EVE, f.samAttending(true));

            assertThat(alerts(f, AlertRule.MONITORING_OFFICER_NOT_TOLD, CHRISTMAS_EVE.minusDays(1))).isEmpty();
            // Christmas Day, the weekend and Boxing Day (given on Monday 28) are skipped: Tuesday 29, Wednesday 30.
            assertThat(alerts(f, AlertRule.MONITORING_OFFICER_NOT_TOLD, CHRISTMAS_EVE)).singleElement()
                    .satisfies(a -> {
                        assertThat(a.due()).isEqualTo(LocalDate.of(2026, 12, 30));
                        assertThat(a.meetingId()).isEqualTo(m.id());
                        assertThat(a.who()).isEqualTo("Sam Patel");
                        assertThat(a.what()).isEqualTo("Report attendance and subject to the Monitoring Officer: "
                                + "GRP-2026-0001 private group briefing (Labour Group, 24 Dec 2026)");
                    });

            f.register.recordMonitoringOfficerTold(m.id(), LocalDate.of(2026, 12, 29), f.headOfHousing.id());

            assertThat(alerts(f, AlertRule.MONITORING_OFFICER_NOT_TOLD, TODAY)).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void aFridayMeetingsReportIsDueOnTheTuesdayAfterTheWeekend(TestDatabases.Kind kind) {
        try (GroupMeetingFixture f = new GroupMeetingFixture(kind, TODAY)) {
            f.save(f.labour, MeetingKind.GROUP_MEETING, LocalDate.of(2026, 11, 20), f.samAttending(true));

            assertThat(alerts(f, AlertRule.MONITORING_OFFICER_NOT_TOLD, LocalDate.of(2026, 11, 23)))
                    .extracting(GroupMeetingAlert::due).containsExactly(LocalDate.of(2026, 11, 24));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void theOtherGroupsAreDueToBeToldCountingFromTheDayTheMonitoringOfficerWasTold(TestDatabases.Kind kind) {
        try (GroupMeetingFixture f = new GroupMeetingFixture(kind, TODAY)) {
            GroupMeeting m = f.save(f.labour, MeetingKind.PRIVATE_BRIEFING, CHRISTMAS_EVE, f.samAttending(true));

            assertThat(alerts(f, AlertRule.OTHER_GROUPS_NOT_TOLD, CHRISTMAS_EVE)).singleElement().satisfies(a -> {
                assertThat(a.due()).isEqualTo(LocalDate.of(2026, 12, 30));
                assertThat(a.what()).startsWith("Tell the other groups (Conservative Group, Green Group, "
                        + "Independent Group): GRP-2026-0001");
                assertThat(a.who()).isEqualTo("Monitoring Officer");
            });

            f.register.recordMonitoringOfficerTold(m.id(), LocalDate.of(2026, 12, 30), f.headOfHousing.id());
            // 30 Dec, then 31 Dec and (past New Year's Day and the weekend) Monday 4 Jan.
            assertThat(alerts(f, AlertRule.OTHER_GROUPS_NOT_TOLD, TODAY)).extracting(GroupMeetingAlert::due)
                    .containsExactly(LocalDate.of(2027, 1, 4));

            f.register.recordGroupTold(m.id(), f.green.id(), LocalDate.of(2026, 12, 31), NotificationMethod.EMAIL);
            assertThat(alerts(f, AlertRule.OTHER_GROUPS_NOT_TOLD, TODAY)).singleElement()
                    .satisfies(a -> assertThat(a.what()).startsWith(
                            "Tell the other groups (Conservative Group, Independent Group)"));

            f.register.recordNotificationsSent(m.id(), LocalDate.of(2027, 1, 4), NotificationMethod.LETTER);
            assertThat(alerts(f, AlertRule.OTHER_GROUPS_NOT_TOLD, TODAY)).isEmpty();
            GroupMeeting after = f.register.meeting(m.id()).orElseThrow();
            assertThat(after.notifications()).extracting(n -> f.register.groupName(n.groupId()),
                            GroupNotification::notifiedOn, GroupNotification::how)
                    .containsExactlyInAnyOrder(
                            tuple("Green Group", LocalDate.of(2026, 12, 31), NotificationMethod.EMAIL),
                            tuple("Conservative Group", LocalDate.of(2027, 1, 4), NotificationMethod.LETTER),
                            tuple("Independent Group", LocalDate.of(2027, 1, 4), NotificationMethod.LETTER));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void theSameBriefingIsDueToBeOfferedAndSendingTheNoticeOffersIt(TestDatabases.Kind kind) {
        try (GroupMeetingFixture f = new GroupMeetingFixture(kind, TODAY)) {
            GroupMeeting m = f.save(f.labour, MeetingKind.PRIVATE_BRIEFING, CHRISTMAS_EVE, f.samAttending(true));
            f.register.recordOffer(m.id(), f.conservative.id(), LocalDate.of(2026, 12, 24), OfferAnswer.ACCEPTED,
                    LocalDate.of(2027, 1, 12));

            assertThat(alerts(f, AlertRule.SAME_BRIEFING_NOT_OFFERED, LocalDate.of(2026, 12, 29))).singleElement()
                    .satisfies(a -> {
                        assertThat(a.due()).isEqualTo(LocalDate.of(2026, 12, 30));
                        assertThat(a.what()).startsWith("Offer the same briefing (Green Group, Independent Group)");
                    });

            f.register.recordNotificationsSent(m.id(), LocalDate.of(2026, 12, 30), NotificationMethod.EMAIL);

            assertThat(alerts(f, AlertRule.SAME_BRIEFING_NOT_OFFERED, TODAY)).isEmpty();
            assertThat(f.register.meeting(m.id()).orElseThrow().offers())
                    .extracting(o -> f.register.groupName(o.groupId()), ParityOffer::offeredOn, ParityOffer::answer)
                    .containsExactlyInAnyOrder(
                            tuple("Conservative Group", LocalDate.of(2026, 12, 24), OfferAnswer.ACCEPTED),
                            tuple("Green Group", LocalDate.of(2026, 12, 30), OfferAnswer.NO_REPLY),
                            tuple("Independent Group", LocalDate.of(2026, 12, 30), OfferAnswer.NO_REPLY));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void aMeetingWithAnotherBodyIsNotABriefingToOffer(TestDatabases.Kind kind) {
        try (GroupMeetingFixture f = new GroupMeetingFixture(kind, TODAY)) {
            GroupMeeting m = f.register.save(f.request(f.labour, MeetingKind.OTHER_BODY, CHRISTMAS_EVE,
                    "Bus franchising", f.samAttending(true)).withCircumstances(false, true));

            assertThat(f.register.alerts(CHRISTMAS_EVE)).extracting(GroupMeetingAlert::rule)
                    .containsExactlyInAnyOrder(AlertRule.MONITORING_OFFICER_NOT_TOLD, AlertRule.OTHER_GROUPS_NOT_TOLD);
            f.register.recordNotificationsSent(m.id(), CHRISTMAS_EVE, NotificationMethod.EMAIL);
            assertThat(f.register.meeting(m.id()).orElseThrow().offers()).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void aCancelledMeetingOrOneEveryOfficerDeclinedRaisesNoAlerts(TestDatabases.Kind kind) {
        try (GroupMeetingFixture f = new GroupMeetingFixture(kind, TODAY)) {
            GroupMeeting m = f.save(f.labour, MeetingKind.PRIVATE_BRIEFING, CHRISTMAS_EVE, f.samAttending(false));
            f.register.save(m.withCancelled(LocalDate.of(2026, 12, 21)));
            f.save(f.green, MeetingKind.PRIVATE_BRIEFING, CHRISTMAS_EVE,
                    OfficerAttendance.declined(f.housingOfficer.id(), null, "Written advice on the budget."));

            assertThat(f.register.alerts(LocalDate.of(2026, 12, 1))).isEmpty();
            assertThat(f.register.alerts(TODAY)).isEmpty();
        }
    }

    // Alerts before the meeting

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void anOfficerAttendingAloneIsFlaggedTwoWorkingDaysBeforeTheMeetingSkippingChristmas(TestDatabases.Kind kind) {
        try (GroupMeetingFixture f = new GroupMeetingFixture(kind, TODAY)) {
            LocalDate tuesday = LocalDate.of(2026, 12, 29);
            GroupMeeting m = f.save(f.labour, MeetingKind.PRIVATE_BRIEFING, tuesday, f.samAttending(false));

            // Back over Boxing Day (Monday 28), the weekend and Christmas Day: Thursday 24, then Wednesday 23.
            assertThat(alerts(f, AlertRule.OFFICER_ALONE, LocalDate.of(2026, 12, 1))).singleElement()
                    .satisfies(a -> {
                        assertThat(a.due()).isEqualTo(LocalDate.of(2026, 12, 23));
                        assertThat(a.who()).isEqualTo("Sam Patel");
                        assertThat(a.what()).startsWith("Arrange a second officer to attend with Sam Patel");
                    });
            assertThat(f.register.warnings(m)).extracting(FieldProblem::field).contains("officers");
            assertThat(alerts(f, AlertRule.OFFICER_ALONE, tuesday.plusDays(1))).isEmpty();

            f.register.save(m.withOfficers(List.of(f.samAttending(false),
                    OfficerAttendance.attending(f.housingOfficer.id(), null, false))));
            assertThat(alerts(f, AlertRule.OFFICER_ALONE, LocalDate.of(2026, 12, 1))).isEmpty();

            f.register.save(f.register.meeting(m.id()).orElseThrow().withOfficers(List.of(f.samAttending(true))));
            assertThat(alerts(f, AlertRule.OFFICER_ALONE, LocalDate.of(2026, 12, 1))).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void aMeetingWithAnotherBodyThatIsNotCrossPartyNeedsTheChiefExecutivesAuthorisation(TestDatabases.Kind kind) {
        try (GroupMeetingFixture f = new GroupMeetingFixture(kind, TODAY)) {
            LocalDate monday = LocalDate.of(2027, 1, 4);
            GroupMeeting m = f.save(f.labour, MeetingKind.OTHER_BODY, monday, f.samAttending(true));

            // Back over New Year's Day: Thursday 31 Dec, then Wednesday 30 Dec.
            assertThat(alerts(f, AlertRule.AUTHORISATION_MISSING, LocalDate.of(2026, 12, 28))).singleElement()
                    .satisfies(a -> {
                        assertThat(a.due()).isEqualTo(LocalDate.of(2026, 12, 30));
                        assertThat(a.who()).isEqualTo("Head of Paid Service");
                    });
            assertThat(f.register.warnings(m)).extracting(FieldProblem::field).contains("authorisationGivenOn");

            f.register.save(m.withAuthorisation(LocalDate.of(2026, 12, 29), LocalDate.of(2026, 12, 30)));
            assertThat(alerts(f, AlertRule.AUTHORISATION_MISSING, LocalDate.of(2026, 12, 28))).isEmpty();

            f.register.save(f.register.meeting(m.id()).orElseThrow().withAuthorisation(null, null)
                    .withCircumstances(false, true));
            assertThat(alerts(f, AlertRule.AUTHORISATION_MISSING, LocalDate.of(2026, 12, 28))).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void anAttendedMeetingWithoutAuthorisationIsSavedButFlagged(TestDatabases.Kind kind) {
        try (GroupMeetingFixture f = new GroupMeetingFixture(kind, TODAY)) {
            GroupMeeting m = f.register.save(f.request(f.labour, MeetingKind.OTHER_BODY, CHRISTMAS_EVE,
                    "Bus franchising", f.samAttending(true)).withMoNotified(LocalDate.of(2026, 12, 29), null));

            assertThat(f.register.meeting(m.id())).isPresent();
            assertThat(f.register.warnings(m)).extracting(FieldProblem::message)
                    .anySatisfy(text -> assertThat(text).contains("Chief Executive's prior authorisation"));
        }
    }

    // Targets and the calendar

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void changedTargetsMoveTheDueDatesAndBadTargetsAreRefused(TestDatabases.Kind kind) {
        try (GroupMeetingFixture f = new GroupMeetingFixture(kind, TODAY)) {
            f.save(f.labour, MeetingKind.PRIVATE_BRIEFING, CHRISTMAS_EVE, f.samAttending(true));
            assertThat(f.register.targets()).isEqualTo(GroupMeetingTargets.defaults());

            f.register.saveTargets(new GroupMeetingTargets(5, 2, 2, 2, 2));

            // 29, 30, 31 Dec, then past New Year's Day and the weekend: 4 and 5 Jan.
            assertThat(alerts(f, AlertRule.MONITORING_OFFICER_NOT_TOLD, TODAY)).extracting(GroupMeetingAlert::due)
                    .containsExactly(LocalDate.of(2027, 1, 5));
            assertThatThrownBy(() -> f.register.saveTargets(new GroupMeetingTargets(2, -1, 2, 2, 2)))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(
                            e.messageFor("groupNotificationDays")).contains("from 0 to 60 working days"));
            assertThat(f.register.targets().moNotificationDays()).isEqualTo(5);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void aNewlyAnnouncedBankHolidayMovesTheOpenNotificationDeadlines(TestDatabases.Kind kind) {
        try (GroupMeetingFixture f = new GroupMeetingFixture(kind, TODAY)) {
            LocalDate thursday = LocalDate.of(2027, 3, 4);
            f.save(f.labour, MeetingKind.PRIVATE_BRIEFING, thursday, f.samAttending(true));
            assertThat(alerts(f, AlertRule.MONITORING_OFFICER_NOT_TOLD, TODAY)).extracting(GroupMeetingAlert::due)
                    .containsExactly(LocalDate.of(2027, 3, 8));

            List<MovedDeadline> moved = f.app.calendar().announceBankHoliday(LocalDate.of(2027, 3, 5),
                    BankHolidayRegion.ENGLAND_AND_WALES, "Jubilee");

            assertThat(moved).extracting(d -> d.deadline().label(), MovedDeadline::oldDue, MovedDeadline::newDue)
                    .contains(tuple("GRP-2027-0001 report to the Monitoring Officer", LocalDate.of(2027, 3, 8),
                            LocalDate.of(2027, 3, 9)));
            assertThat(alerts(f, AlertRule.MONITORING_OFFICER_NOT_TOLD, TODAY)).extracting(GroupMeetingAlert::due)
                    .containsExactly(LocalDate.of(2027, 3, 9));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void theTodayDashboardListsTheAlertsUpToItsHorizonAndOpensTheRequest(TestDatabases.Kind kind) {
        try (GroupMeetingFixture f = new GroupMeetingFixture(kind, TODAY)) {
            GroupMeeting held = f.save(f.labour, MeetingKind.GROUP_MEETING, LocalDate.of(2026, 11, 20),
                    f.samAttending(true));
            f.save(f.green, MeetingKind.PRIVATE_BRIEFING, LocalDate.of(2026, 12, 15), f.samAttending(false));

            List<DueItem> items = f.app.dueItemSources().stream()
                    .flatMap(s -> s.dueItems(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 30)).stream())
                    .filter(i -> i.register().equals(GroupMeetingDueItems.REGISTER)).toList();

            assertThat(items).extracting(DueItem::due, DueItem::sectionId, DueItem::recordId)
                    .containsOnly(tuple(LocalDate.of(2026, 11, 24), "group-meetings", String.valueOf(held.id())));
            assertThat(items).hasSize(3);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void theStatusFollowsTheAnswersAndControlsAndTheRegisterCanBeSearched(TestDatabases.Kind kind) {
        try (GroupMeetingFixture f = new GroupMeetingFixture(kind, TODAY)) {
            GroupMeeting m = f.register.save(f.request(f.labour, MeetingKind.PRIVATE_BRIEFING, CHRISTMAS_EVE,
                    "Budget options", OfficerAttendance.asked(f.headOfHousing.id())));
            assertThat(f.register.status(m, TODAY)).isEqualTo(MeetingStatus.AWAITING_OFFICERS);

            m = f.register.save(m.withOfficers(List.of(f.samAttending(true))));
            assertThat(f.register.status(m, CHRISTMAS_EVE.minusDays(1))).isEqualTo(MeetingStatus.ARRANGED);
            assertThat(f.register.status(m, CHRISTMAS_EVE)).isEqualTo(MeetingStatus.CONTROLS_OUTSTANDING);

            f.register.recordMonitoringOfficerTold(m.id(), LocalDate.of(2026, 12, 29), null);
            m = f.register.recordNotificationsSent(m.id(), LocalDate.of(2026, 12, 30), NotificationMethod.EMAIL);
            assertThat(f.register.status(m, TODAY)).isEqualTo(MeetingStatus.COMPLETE);
            assertThat(f.register.status(m.withCancelled(LocalDate.of(2026, 12, 20)), TODAY))
                    .isEqualTo(MeetingStatus.CANCELLED);

            assertThat(f.register.search("budget")).extracting(GroupMeeting::id).containsExactly(m.id());
            assertThat(f.register.search("patel")).hasSize(1);
            assertThat(f.register.search("GRP-2026-0001")).hasSize(1);
            assertThat(f.register.search("green")).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void theOtherGroupsCannotBeToldBeforeTheMeetingNorTheAskingGroupOfferedItsOwnBriefing(TestDatabases.Kind kind) {
        try (GroupMeetingFixture f = new GroupMeetingFixture(kind, TODAY)) {
            GroupMeeting m = f.save(f.labour, MeetingKind.PRIVATE_BRIEFING, CHRISTMAS_EVE, f.samAttending(true));

            assertThatThrownBy(() -> f.register.recordNotificationsSent(m.id(), LocalDate.of(2026, 12, 23),
                    NotificationMethod.EMAIL)).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.messageFor("notifications")).isEqualTo("The date the Conservative Group was "
                            + "told (23 Dec 2026) cannot be before the date of the meeting (24 Dec 2026)."));
            assertThatThrownBy(() -> f.register.recordOffer(m.id(), f.labour.id(), CHRISTMAS_EVE,
                    OfferAnswer.ACCEPTED, null)).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.messageFor("offers")).startsWith("The group that asked already has"));
            assertThat(f.register.meeting(m.id()).orElseThrow().notifications()).isEmpty();
            assertThat(f.register.meeting(m.id()).orElseThrow().offers()).isEmpty();
        }
    }
}
