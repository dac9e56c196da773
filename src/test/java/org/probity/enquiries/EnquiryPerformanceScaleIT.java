package org.probity.enquiries;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;
import org.probity.calendar.CalendarService;
import org.probity.storage.TestDatabases;

/**
 * A large authority's year: 200 000 enquiries written straight into an in-memory database,
 * then the year's figures, checked against the same figures counted while writing them. The
 * time taken is published as a report entry, not asserted. Writing the rows takes tens of
 * seconds on a busy machine, so this runs with the end-to-end tests rather than the unit tests.
 */
class EnquiryPerformanceScaleIT {

    private static final int ENQUIRIES = 200_000;
    private static final LocalDate FROM = LocalDate.of(2025, 4, 1);
    private static final LocalDate TO = LocalDate.of(2026, 3, 31);

    @Test
    void aYearOfTwoHundredThousandEnquiriesIsCountedInOnePass(TestReporter reporter) throws SQLException {
        try (Council c = new Council(new TestDatabases.Kind("H2", TestDatabases::h2), LocalDate.of(2026, 4, 30))) {
            CalendarService calendar = c.app.calendar();
            Map<String, LocalDate> dueCache = new HashMap<>();
            List<Long> areas = List.of(c.housing.id(), c.planning.id(), c.revenues.id());
            List<Long> directorates = List.of(c.place.id(), c.place.id(), c.resources.id());
            Random random = new Random(20260331L);
            int[] days = new int[ENQUIRIES];
            int replied = 0;
            int withinTarget = 0;
            int judged = 0;
            int holding = 0;
            int escalated = 0;
            int refused = 0;
            long started = System.nanoTime();
            try (Connection connection = c.app.database().dataSource().getConnection()) {
                connection.setAutoCommit(false);
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO enquiry (id, ref_year, "
                        + "ref_number, member_id, received_on, channel, subject, enquiry_kind, service_area_id, "
                        + "directorate_id, officer_id, target_days, target_due, expected_due, holding_reply_on, "
                        + "holding_expected_on, answered_on, refused_on, refusal_reasons, status) "
                        + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
                     PreparedStatement escalate = connection.prepareStatement("INSERT INTO enquiry_escalation "
                             + "(enquiry_id, escalated_on, escalated_to) VALUES (?,?,?)")) {
                    for (int i = 0; i < ENQUIRIES; i++) {
                        long id = 1_000_000L + i;
                        LocalDate received = FROM.plusDays(random.nextInt(365));
                        int targetDays = random.nextInt(4) == 0 ? 7 : 5;
                        LocalDate due = dueCache.computeIfAbsent(received + "/" + targetDays,
                                k -> calendar.due(received, targetDays).due());
                        int area = random.nextInt(areas.size());
                        boolean isReplied = random.nextInt(100) >= 3;
                        int taken = random.nextInt(random.nextInt(5) == 0 ? 25 : 9);
                        LocalDate repliedOn = isReplied ? (taken == 0 ? received
                                : dueCache.computeIfAbsent(received + "/" + taken,
                                k -> calendar.due(received, taken).due())) : null;
                        boolean isRefused = isReplied && random.nextInt(50) == 0;
                        boolean isHeld = random.nextInt(10) == 0;
                        boolean isEscalated = random.nextInt(20) == 0;
                        insert.setLong(1, id);
                        insert.setInt(2, 2030);
                        insert.setInt(3, i + 1);
                        insert.setLong(4, c.councillor.id());
                        insert.setDate(5, Date.valueOf(received));
                        insert.setString(6, "EMAIL");
                        insert.setString(7, "Enquiry " + i);
                        insert.setString(8, targetDays == 7 ? "INFORMATION_REQUEST" : "OTHER");
                        insert.setLong(9, areas.get(area));
                        insert.setLong(10, directorates.get(area));
                        insert.setLong(11, 5_000L + random.nextInt(400));
                        insert.setInt(12, targetDays);
                        insert.setDate(13, Date.valueOf(due));
                        insert.setDate(14, Date.valueOf(isHeld ? due.plusDays(7) : due));
                        insert.setObject(15, isHeld ? Date.valueOf(received) : null, Types.DATE);
                        insert.setObject(16, isHeld ? Date.valueOf(due.plusDays(7)) : null, Types.DATE);
                        insert.setObject(17, isReplied && !isRefused ? Date.valueOf(repliedOn) : null, Types.DATE);
                        insert.setObject(18, isRefused ? Date.valueOf(repliedOn) : null, Types.DATE);
                        insert.setString(19, isRefused ? "Exempt information" : null);
                        insert.setString(20, !isReplied ? "OPEN" : isRefused ? "REFUSED" : "ANSWERED");
                        insert.addBatch();
                        if (isEscalated) {
                            escalate.setLong(1, id);
                            escalate.setDate(2, Date.valueOf(received));
                            escalate.setLong(3, c.director.id());
                            escalate.addBatch();
                        }
                        if (isReplied) {
                            days[replied++] = taken;
                            judged++;
                            withinTarget += repliedOn.isAfter(due) ? 0 : 1;
                        } else if (due.isBefore(LocalDate.of(2026, 4, 30))) {
                            judged++;
                        }
                        holding += isHeld ? 1 : 0;
                        escalated += isEscalated ? 1 : 0;
                        refused += isRefused ? 1 : 0;
                        if (i % 10_000 == 9_999) {
                            insert.executeBatch();
                            escalate.executeBatch();
                        }
                    }
                    insert.executeBatch();
                    escalate.executeBatch();
                }
                connection.commit();
            }
            reporter.publishEntry("written in ms", String.valueOf((System.nanoTime() - started) / 1_000_000));

            EnquiryPerformance p = null;
            long millis = Long.MAX_VALUE;
            // The best of three: the first call also loads the calendar and warms the JIT.
            for (int run = 0; run < 3; run++) {
                long start = System.nanoTime();
                p = c.enquiries.performance(FROM, TO);
                millis = Math.min(millis, (System.nanoTime() - start) / 1_000_000);
            }
            reporter.publishEntry("performance over " + ENQUIRIES + " enquiries in ms", String.valueOf(millis));

            int[] sorted = Arrays.copyOf(days, replied);
            Arrays.sort(sorted);
            PerformanceFigures all = p.overall();
            assertThat(all.count()).isEqualTo(ENQUIRIES);
            assertThat(all.replied()).isEqualTo(replied);
            assertThat(all.judged()).isEqualTo(judged);
            assertThat(all.withinTarget()).isEqualTo(withinTarget);
            assertThat(all.holdingReplies()).isEqualTo(holding);
            assertThat(all.escalations()).isEqualTo(escalated);
            assertThat(all.refusals()).isEqualTo(refused);
            assertThat(all.medianWorkingDays()).hasValue(sorted[(int) Math.ceil(0.5 * replied) - 1]);
            assertThat(all.ninetiethPercentileWorkingDays()).hasValue(sorted[(int) Math.ceil(0.9 * replied) - 1]);
            assertThat(p.byServiceArea().stream().mapToInt(g -> g.figures().count()).sum()).isEqualTo(ENQUIRIES);
            assertThat(p.byDirectorate()).extracting(PerformanceGroup::name).containsExactly("Place", "Resources");
            assertThat(p.byOfficer()).hasSize(400);
        }
    }
}
