package org.probity.groupmeetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.probity.common.ValidationException;
import org.probity.storage.TestDatabases;

class ParityMatrixTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 31);
    private static final LocalDate FROM = LocalDate.of(2027, 2, 1);
    private static final LocalDate TO = LocalDate.of(2027, 3, 31);

    /**
     * In the period: B1 a Labour briefing given by Sam and Lee (Conservatives accepted and were
     * briefed, Greens declined, Independents did not reply); B2 a Conservative group meeting
     * Sam attended (Labour accepted, no date yet; nobody else offered); B3 a Green briefing
     * Lee declined with written advice. Left out: a meeting with another body, a briefing after
     * the period and a cancelled one.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void everyGroupsBriefingsOffersAndTotalsAreShownForThePeriod(TestDatabases.Kind kind) {
        try (GroupMeetingFixture f = new GroupMeetingFixture(kind, TODAY)) {
            GroupMeeting b1 = f.save(f.labour, MeetingKind.PRIVATE_BRIEFING, LocalDate.of(2027, 2, 10),
                    f.samAttending(false), OfficerAttendance.attending(f.housingOfficer.id(), null, false));
            f.register.recordOffer(b1.id(), f.conservative.id(), LocalDate.of(2027, 2, 11), OfferAnswer.ACCEPTED,
                    LocalDate.of(2027, 2, 17));
            f.register.recordOffer(b1.id(), f.green.id(), LocalDate.of(2027, 2, 11), OfferAnswer.DECLINED, null);
            f.register.recordOffer(b1.id(), f.independent.id(), LocalDate.of(2027, 2, 11), OfferAnswer.NO_REPLY,
                    null);
            GroupMeeting b2 = f.save(f.conservative, MeetingKind.GROUP_MEETING, LocalDate.of(2027, 3, 3),
                    f.samAttending(true));
            f.register.recordOffer(b2.id(), f.labour.id(), LocalDate.of(2027, 3, 4), OfferAnswer.ACCEPTED, null);
            GroupMeeting b3 = f.save(f.green, MeetingKind.PRIVATE_BRIEFING, LocalDate.of(2027, 3, 10),
                    OfficerAttendance.declined(f.housingOfficer.id(), null, "Note on the options."));
            f.register.save(f.request(f.labour, MeetingKind.OTHER_BODY, LocalDate.of(2027, 3, 12), "Buses",
                    f.samAttending(true)).withCircumstances(false, true));
            f.save(f.labour, MeetingKind.PRIVATE_BRIEFING, LocalDate.of(2027, 4, 5), f.samAttending(true));
            GroupMeeting cancelled = f.save(f.green, MeetingKind.PRIVATE_BRIEFING, LocalDate.of(2027, 3, 20),
                    f.samAttending(true));
            f.register.save(cancelled.withCancelled(LocalDate.of(2027, 3, 18)));

            ParityMatrix matrix = f.register.parity(FROM, TO);

            assertThat(matrix.groups()).extracting(ParityMatrix.Group::name).containsExactlyInAnyOrder(
                    "Labour Group", "Conservative Group", "Green Group", "Independent Group");
            assertThat(matrix.briefings()).extracting(ParityMatrix.Briefing::meetingId)
                    .containsExactly(b1.id(), b2.id(), b3.id());
            assertThat(matrix.briefings().get(0).officers()).containsExactly("Sam Patel", "Lee Wong");

            assertThat(status(matrix, f.labour.id(), b1)).isEqualTo(ParityStatus.ASKED_AND_GIVEN);
            assertThat(status(matrix, f.conservative.id(), b1)).isEqualTo(ParityStatus.OFFER_GIVEN);
            assertThat(matrix.cell(f.conservative.id(), b1.id()).orElseThrow().date())
                    .isEqualTo(LocalDate.of(2027, 2, 17));
            assertThat(status(matrix, f.green.id(), b1)).isEqualTo(ParityStatus.OFFER_DECLINED);
            assertThat(status(matrix, f.independent.id(), b1)).isEqualTo(ParityStatus.OFFER_NO_REPLY);
            assertThat(status(matrix, f.labour.id(), b2)).isEqualTo(ParityStatus.OFFER_ACCEPTED);
            assertThat(status(matrix, f.green.id(), b2)).isEqualTo(ParityStatus.NOT_OFFERED);
            assertThat(status(matrix, f.green.id(), b3)).isEqualTo(ParityStatus.ASKED_WRITTEN_ADVICE);
            assertThat(status(matrix, f.labour.id(), b3)).isEqualTo(ParityStatus.NOTHING_TO_OFFER);

            // asked, given, offered, accepted, declined, no reply, not offered
            assertThat(totals(matrix, f.labour.id())).containsExactly(1, 1, 1, 1, 0, 0, 0);
            assertThat(totals(matrix, f.conservative.id())).containsExactly(1, 2, 1, 1, 0, 0, 0);
            assertThat(totals(matrix, f.green.id())).containsExactly(1, 0, 1, 0, 1, 0, 1);
            assertThat(totals(matrix, f.independent.id())).containsExactly(0, 0, 1, 0, 0, 1, 1);

            ParityMatrix.OfficerTotals sam = matrix.totalsForOfficer(f.headOfHousing.id()).orElseThrow();
            assertThat(sam.attended()).isEqualTo(2);
            assertThat(sam.attendedFor(f.labour.id())).isEqualTo(1);
            assertThat(sam.attendedFor(f.conservative.id())).isEqualTo(1);
            assertThat(sam.attendedFor(f.green.id())).isZero();
            ParityMatrix.OfficerTotals lee = matrix.totalsForOfficer(f.housingOfficer.id()).orElseThrow();
            assertThat(lee.attended()).isEqualTo(1);
            assertThat(lee.declinedWithAdvice()).isEqualTo(1);
            assertThat(matrix.officerTotals()).extracting(ParityMatrix.OfficerTotals::name)
                    .containsExactly("Lee Wong", "Sam Patel");

            // The annual report's totals, from the requests it has already read, are the matrix's.
            assertThat(f.register.parityTotals(f.register.meetings(FROM, TO.plusDays(1))))
                    .isEqualTo(matrix.groupTotals());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void aPeriodEndingBeforeItStartsIsRefused(TestDatabases.Kind kind) {
        try (GroupMeetingFixture f = new GroupMeetingFixture(kind, TODAY)) {
            assertThatThrownBy(() -> f.register.parity(TO, FROM)).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.messageFor("to")).contains("cannot be before its start"));
        }
    }

    private static ParityStatus status(ParityMatrix matrix, long groupId, GroupMeeting briefing) {
        return matrix.cell(groupId, briefing.id()).orElseThrow().status();
    }

    private static int[] totals(ParityMatrix matrix, long groupId) {
        ParityMatrix.GroupTotals t = matrix.totalsForGroup(groupId).orElseThrow();
        return new int[] {t.asked(), t.given(), t.offered(), t.accepted(), t.declined(), t.noReply(),
                t.notOffered()};
    }
}
