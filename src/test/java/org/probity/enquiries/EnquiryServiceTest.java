package org.probity.enquiries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.probity.calendar.BankHolidayRegion;
import org.probity.common.DueItem;
import org.probity.common.ValidationException;
import org.probity.people.AuthorityProfile;
import org.probity.storage.TestDatabases;

class EnquiryServiceTest {

    private static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    private static String messageFor(Throwable thrown, String field) {
        return ((ValidationException) thrown).messageFor(field);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void dueDatesCountFiveAndSevenWorkingDaysOverChristmasAndEasterInEachNation(TestDatabases.Kind kind) {
        try (Council c = new Council(kind, d(2027, 2, 1))) {
            // received, nation, due in 5 (members' enquiry), due in 7 (information request)
            Object[][] cases = {
                    // Christmas Day Fri 25, Boxing Day substitute Mon 28, New Year's Day Fri 1 Jan
                    {d(2026, 12, 23), BankHolidayRegion.ENGLAND_AND_WALES, d(2027, 1, 4), d(2027, 1, 6)},
                    {d(2026, 12, 23), BankHolidayRegion.NORTHERN_IRELAND, d(2027, 1, 4), d(2027, 1, 6)},
                    // Scotland also keeps 2 January, a Saturday, so Monday 4 January is off too
                    {d(2026, 12, 23), BankHolidayRegion.SCOTLAND, d(2027, 1, 5), d(2027, 1, 7)},
                    // Good Friday 3 Apr; Easter Monday 6 Apr everywhere but Scotland
                    {d(2026, 4, 2), BankHolidayRegion.ENGLAND_AND_WALES, d(2026, 4, 13), d(2026, 4, 15)},
                    {d(2026, 4, 2), BankHolidayRegion.NORTHERN_IRELAND, d(2026, 4, 13), d(2026, 4, 15)},
                    {d(2026, 4, 2), BankHolidayRegion.SCOTLAND, d(2026, 4, 10), d(2026, 4, 14)},
            };
            for (Object[] row : cases) {
                LocalDate received = (LocalDate) row[0];
                BankHolidayRegion region = (BankHolidayRegion) row[1];
                c.useRegion(region);

                Enquiry casework = c.receive(received, EnquiryKind.WARD_CASEWORK, c.housing, c.housingOfficer);
                Enquiry request = c.receive(received, EnquiryKind.INFORMATION_REQUEST, c.housing, c.housingOfficer);

                assertThat(casework.targetDays()).as("members' enquiry target").isEqualTo(5);
                assertThat(casework.targetDue()).as("5 working days after %s in %s", received, region)
                        .isEqualTo(row[2]);
                assertThat(request.targetDays()).as("information request target").isEqualTo(7);
                assertThat(request.targetDue()).as("7 working days after %s in %s", received, region)
                        .isEqualTo(row[3]);
                assertThat(c.enquiries.enquiry(request.id()).orElseThrow().expectedDue()).isEqualTo(row[3]);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void referencesAreNumberedPerYearOfReceiptWithFiveDigits(TestDatabases.Kind kind) {
        try (Council c = new Council(kind, d(2027, 2, 1))) {
            Enquiry first = c.receive(d(2026, 11, 2), EnquiryKind.OTHER, null, null);
            Enquiry second = c.receive(d(2026, 12, 1), EnquiryKind.OTHER, null, null);
            Enquiry nextYear = c.receive(d(2027, 1, 5), EnquiryKind.OTHER, null, null);

            assertThat(List.of(first, second, nextYear)).extracting(e -> e.reference().toString())
                    .containsExactly("ENQ-2026-00001", "ENQ-2026-00002", "ENQ-2027-00001");
            assertThat(c.enquiries.enquiry(EnquiryReference.parse("enq-2026-2").orElseThrow()))
                    .hasValueSatisfying(e -> assertThat(e.id()).isEqualTo(second.id()));
            assertThat(c.enquiries.search("ENQ-2027-00001", 10)).extracting(Enquiry::id)
                    .containsExactly(nextYear.id());
            assertThat(c.enquiries.search("received 2026", 10)).extracting(Enquiry::id)
                    .containsExactly(second.id(), first.id());
            assertThat(c.enquiries.search("RECEIVED", 1)).extracting(Enquiry::id).containsExactly(nextYear.id());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void caseworkIsRefusedWithoutAConsentBasisAndTheWardMemberBasisNeedsTheMembersOwnWard(TestDatabases.Kind kind) {
        try (Council c = new Council(kind, d(2026, 11, 23))) {
            Enquiry noBasis = Enquiry.received(c.councillor.id(), d(2026, 11, 20), EnquiryChannel.TELEPHONE,
                    "Damp in a council flat", null, EnquiryKind.WARD_CASEWORK, c.abbey.id(), c.housing.id(),
                    c.housingOfficer.id(), null);
            assertThatThrownBy(() -> c.enquiries.record(noBasis))
                    .isInstanceOf(ValidationException.class)
                    .satisfies(e -> assertThat(messageFor(e, "consentBasis")).contains("consent basis"));

            Enquiry otherWard = Enquiry.received(c.councillor.id(), d(2026, 11, 20), EnquiryChannel.TELEPHONE,
                    "Damp in a council flat", null, EnquiryKind.WARD_CASEWORK, c.castle.id(), c.housing.id(),
                    c.housingOfficer.id(), ConsentBasis.WARD_MEMBER);
            assertThatThrownBy(() -> c.enquiries.record(otherWard))
                    .satisfies(e -> assertThat(messageFor(e, "consentBasis"))
                            .contains("Cllr Jane Smith does not represent Castle"));
            assertThat(c.enquiries.count()).isZero();

            Enquiry ownWard = c.enquiries.record(Enquiry.received(c.councillor.id(), d(2026, 11, 20),
                    EnquiryChannel.TELEPHONE, "Damp in a council flat", null, EnquiryKind.WARD_CASEWORK,
                    c.abbey.id(), c.housing.id(), c.housingOfficer.id(), ConsentBasis.WARD_MEMBER));
            assertThat(ownWard.consentBasis()).isEqualTo(ConsentBasis.WARD_MEMBER);
            assertThat(ownWard.directorateId()).isEqualTo(c.place.id());
            assertThat(ownWard.directorId()).as("the Director up the line").isEqualTo(c.director.id());
            assertThat(c.enquiries.history(ownWard.id())).hasSize(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void aTargetOtherThanTheAuthoritysNeedsAReasonAndIsCountedFromReceipt(TestDatabases.Kind kind) {
        try (Council c = new Council(kind, d(2026, 11, 23))) {
            Enquiry asked = Enquiry.received(c.councillor.id(), d(2026, 11, 2), EnquiryChannel.LETTER,
                    "Ten years of planning appeals", null, EnquiryKind.INFORMATION_REQUEST, null, c.planning.id(),
                    c.planner.id(), null).withTarget(15, null);
            assertThatThrownBy(() -> c.enquiries.record(asked))
                    .satisfies(e -> assertThat(messageFor(e, "targetReason"))
                            .isEqualTo("Give the reason for a target of 15 working days instead of the authority's 7."));

            Enquiry stored = c.enquiries.record(asked.withTarget(15, "Records must be fetched from the archive"));

            assertThat(stored.targetDays()).isEqualTo(15);
            assertThat(stored.isTargetOverridden()).isTrue();
            assertThat(stored.targetDue()).isEqualTo(d(2026, 11, 23));

            // The authority changes its target later: the enquiry keeps the one it was received with.
            AuthorityProfile p = c.people.profile();
            c.people.saveProfile(new AuthorityProfile(p.name(), p.region(), 4, 10, 5, 10));
            Enquiry plain = c.receive(d(2026, 11, 2), EnquiryKind.OTHER, c.housing, c.housingOfficer);
            c.people.saveProfile(new AuthorityProfile(p.name(), p.region(), 6, 10, 5, 10));
            Enquiry renamed = c.enquiries.update(new Enquiry(plain.id(), null, plain.memberId(), plain.receivedOn(),
                    plain.channel(), "Bin collections missed", null, plain.kind(), null, plain.serviceAreaId(), null,
                    plain.officerId(), null, null, plain.targetDays(), null, null, null, null, null, null, null,
                    null));
            assertThat(renamed.subject()).isEqualTo("Bin collections missed");
            assertThat(renamed.targetDays()).isEqualTo(4);
            assertThat(renamed.targetDue()).isEqualTo(d(2026, 11, 6));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void aHoldingReplyMovesTheExpectedDateButNotTheTargetTheFiguresJudgeBy(TestDatabases.Kind kind) {
        try (Council c = new Council(kind, d(2026, 11, 23))) {
            Enquiry e = c.receive(d(2026, 11, 2), EnquiryKind.OTHER, c.housing, c.housingOfficer);
            assertThat(e.targetDue()).isEqualTo(d(2026, 11, 9));

            Enquiry held = c.enquiries.sendHoldingReply(e.id(), d(2026, 11, 6), d(2026, 11, 13));

            assertThat(held.expectedDue()).isEqualTo(d(2026, 11, 13));
            assertThat(held.targetDue()).isEqualTo(d(2026, 11, 9));

            c.enquiries.answer(e.id(), d(2026, 11, 12));
            PerformanceFigures figures = c.enquiries.performance(d(2026, 11, 1), d(2026, 11, 30)).overall();
            assertThat(figures.replied()).isEqualTo(1);
            assertThat(figures.withinTarget()).as("answered after the target, before the holding reply's date")
                    .isZero();
            assertThat(figures.holdingReplies()).isEqualTo(1);
            assertThat(figures.medianWorkingDays()).hasValue(8);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void datesOutOfOrderAreRefusedNamingTheField(TestDatabases.Kind kind) {
        try (Council c = new Council(kind, d(2026, 11, 23))) {
            Enquiry e = c.receive(d(2026, 11, 10), EnquiryKind.OTHER, c.housing, c.housingOfficer);

            assertThatThrownBy(() -> c.enquiries.answer(e.id(), d(2026, 11, 9)))
                    .satisfies(x -> assertThat(messageFor(x, "answeredOn")).isEqualTo(
                            "The date answered (9 Nov 2026) cannot be before the date received (10 Nov 2026)."));
            assertThatThrownBy(() -> c.enquiries.answer(e.id(), d(2026, 11, 24)))
                    .satisfies(x -> assertThat(messageFor(x, "answeredOn")).contains("cannot be in the future"));
            assertThatThrownBy(() -> c.enquiries.sendHoldingReply(e.id(), d(2026, 11, 12), d(2026, 11, 12)))
                    .satisfies(x -> assertThat(messageFor(x, "holdingReplyExpectedOn")).contains("must be after"));
            assertThatThrownBy(() -> c.enquiries.close(e.id(), d(2026, 11, 20)))
                    .satisfies(x -> assertThat(messageFor(x, "closedOn"))
                            .isEqualTo("Record the answer or the refusal before closing the enquiry."));
            assertThat(c.enquiries.enquiry(e.id()).orElseThrow().status()).isEqualTo(EnquiryStatus.OPEN);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void escalationGoesToAMoreSeniorOfficer(TestDatabases.Kind kind) {
        try (Council c = new Council(kind, d(2026, 11, 23))) {
            Enquiry e = c.receive(d(2026, 11, 2), EnquiryKind.OTHER, c.housing, c.headOfHousing);

            assertThatThrownBy(() -> c.enquiries.escalate(e.id(), d(2026, 11, 10), c.housingOfficer.id(), null))
                    .satisfies(x -> assertThat(messageFor(x, "escalatedTo")).contains("is not senior to Sam Patel"));

            Enquiry escalated = c.enquiries.escalate(e.id(), d(2026, 11, 10), c.director.id(), "Two weeks late");

            assertThat(escalated.escalations()).extracting(Escalation::escalatedOn, Escalation::escalatedToOfficerId,
                    Escalation::note).containsExactly(tuple(d(2026, 11, 10), c.director.id(), "Two weeks late"));
            assertThat(c.enquiries.history(e.id()).get(0).changes()).isNotEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void aRefusalNeedsReasonsAndCannotBeClosedUntilCopiedToTheMonitoringOfficer(TestDatabases.Kind kind) {
        try (Council c = new Council(kind, d(2026, 11, 23))) {
            Enquiry e = c.receive(d(2026, 11, 2), EnquiryKind.INFORMATION_REQUEST, c.planning, c.planner);

            assertThatThrownBy(() -> c.enquiries.recordRefusal(e.id(), Refusal.made(d(2026, 11, 5), "  ")))
                    .satisfies(x -> assertThat(messageFor(x, "reasons"))
                            .isEqualTo("The reasons for the refusal is required."));
            assertThat(c.enquiries.enquiry(e.id()).orElseThrow().refusal()).isNull();

            Enquiry refused = c.enquiries.recordRefusal(e.id(), Refusal.made(d(2026, 11, 5),
                    "Commercially confidential tender prices"));
            assertThat(refused.status()).isEqualTo(EnquiryStatus.REFUSED);
            assertThat(refused.repliedOn()).hasValue(d(2026, 11, 5));

            assertThatThrownBy(() -> c.enquiries.close(e.id(), d(2026, 11, 6)))
                    .satisfies(x -> assertThat(messageFor(x, "copiedToMonitoringOfficerOn"))
                            .contains("copied to the Monitoring Officer"));

            Refusal copied = refused.refusal().writtenReasons(d(2026, 11, 6), d(2026, 11, 9))
                    .copiedToMonitoringOfficer(d(2026, 11, 9));
            c.enquiries.recordRefusal(e.id(), copied);
            Enquiry closed = c.enquiries.close(e.id(), d(2026, 11, 10));

            assertThat(closed.status()).isEqualTo(EnquiryStatus.CLOSED);
            assertThat(closed.refusal().reasonsSentOn()).isEqualTo(d(2026, 11, 9));
            assertThat(closed.refusal().copiedToMonitoringOfficerOn()).isEqualTo(d(2026, 11, 9));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void theDashboardShowsEnquiriesDueWithoutAHoldingReplyOverdueOnesAndRefusalsUntilAdvisedOn(
            TestDatabases.Kind kind) {
        // Friday 20 Nov 2026: the next working day is Monday 23 Nov.
        try (Council c = new Council(kind, d(2026, 11, 20))) {
            Enquiry dueMonday = c.receive(d(2026, 11, 16), EnquiryKind.OTHER, c.housing, c.housingOfficer);
            Enquiry heldMonday = c.receive(d(2026, 11, 16), EnquiryKind.OTHER, c.housing, c.housingOfficer);
            c.enquiries.sendHoldingReply(heldMonday.id(), d(2026, 11, 19), d(2026, 11, 30));
            Enquiry overdue = c.receive(d(2026, 11, 9), EnquiryKind.OTHER, c.housing, c.housingOfficer);
            Enquiry answered = c.receive(d(2026, 11, 9), EnquiryKind.OTHER, c.housing, c.housingOfficer);
            c.enquiries.answer(answered.id(), d(2026, 11, 13));
            Enquiry dueLater = c.receive(d(2026, 11, 19), EnquiryKind.OTHER, c.housing, c.housingOfficer);
            Enquiry refused = c.receive(d(2026, 11, 2), EnquiryKind.INFORMATION_REQUEST, c.planning, c.planner);
            c.enquiries.recordRefusal(refused.id(), Refusal.made(d(2026, 11, 4), "Legal privilege"));

            assertThat(c.enquiries.alerts(d(2026, 11, 20)))
                    .extracting(a -> a.enquiry().id(), EnquiryAlert::kind, EnquiryAlert::due)
                    .containsExactly(
                            tuple(refused.id(), EnquiryAlert.Kind.REFUSAL_NOT_COPIED, d(2026, 11, 4)),
                            tuple(overdue.id(), EnquiryAlert.Kind.OVERDUE, d(2026, 11, 16)),
                            tuple(dueMonday.id(), EnquiryAlert.Kind.DUE_WITHOUT_HOLDING_REPLY, d(2026, 11, 23)));
            assertThat(dueLater.targetDue()).isEqualTo(d(2026, 11, 26));

            c.enquiries.recordRefusal(refused.id(), c.enquiries.enquiry(refused.id()).orElseThrow().refusal()
                    .copiedToMonitoringOfficer(d(2026, 11, 5)));
            List<DueItem> items = c.app.dueItemSources().stream()
                    .flatMap(s -> s.dueItems(d(2026, 11, 20), d(2026, 12, 4)).stream())
                    .filter(i -> i.sectionId().equals(EnquiryDueItems.SECTION_ID)).toList();
            assertThat(items).extracting(DueItem::recordId, DueItem::what).contains(
                    tuple(String.valueOf(refused.id()), "Refusal awaiting the Monitoring Officer's advice: "
                            + refused.reference() + " " + refused.subject()));
            assertThat(items).allSatisfy(i -> assertThat(i.who()).startsWith("Cllr Jane Smith"));

            c.enquiries.recordRefusal(refused.id(), c.enquiries.enquiry(refused.id()).orElseThrow().refusal()
                    .advised(d(2026, 11, 6), "The refusal was sound; offer a redacted summary."));
            assertThat(c.enquiries.alerts(d(2026, 11, 20))).extracting(a -> a.enquiry().id())
                    .doesNotContain(refused.id());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void anAnnouncedBankHolidayMovesTheTargetsOfEnquiriesStillAwaitingAReply(TestDatabases.Kind kind) {
        try (Council c = new Council(kind, d(2026, 11, 23))) {
            Enquiry open = c.receive(d(2026, 11, 23), EnquiryKind.OTHER, c.housing, c.housingOfficer);
            Enquiry held = c.receive(d(2026, 11, 23), EnquiryKind.OTHER, c.housing, c.housingOfficer);
            c.enquiries.sendHoldingReply(held.id(), d(2026, 11, 23), d(2026, 12, 11));
            Enquiry answered = c.receive(d(2026, 11, 23), EnquiryKind.OTHER, c.housing, c.housingOfficer);
            c.enquiries.answer(answered.id(), d(2026, 11, 23));
            assertThat(open.targetDue()).isEqualTo(d(2026, 11, 30));

            c.app.calendar().announceBankHoliday(d(2026, 11, 27), BankHolidayRegion.ENGLAND_AND_WALES,
                    "Royal wedding");

            Enquiry moved = c.enquiries.enquiry(open.id()).orElseThrow();
            assertThat(moved.targetDue()).isEqualTo(d(2026, 12, 1));
            assertThat(moved.expectedDue()).isEqualTo(d(2026, 12, 1));
            Enquiry heldAfter = c.enquiries.enquiry(held.id()).orElseThrow();
            assertThat(heldAfter.targetDue()).isEqualTo(d(2026, 12, 1));
            assertThat(heldAfter.expectedDue()).as("the date the member was promised").isEqualTo(d(2026, 12, 11));
            assertThat(c.enquiries.enquiry(answered.id()).orElseThrow().targetDue()).isEqualTo(d(2026, 11, 30));
            assertThat(c.enquiries.history(open.id())).hasSize(2);
        }
    }
}
