import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Locale;
import org.probity.app.AppContext;
import org.probity.demo.DemoAuthority;
import org.probity.demo.DemoScale;
import org.probity.groupmeetings.GroupMeeting;
import org.probity.groupmeetings.GroupNotification;
import org.probity.groupmeetings.MeetingKind;
import org.probity.groupmeetings.NotificationMethod;
import org.probity.groupmeetings.OfferAnswer;
import org.probity.groupmeetings.OfficerAttendance;
import org.probity.groupmeetings.ParityOffer;
import org.probity.groupmeetings.RequesterRole;
import org.probity.groupmeetings.persistence.JooqGroupMeetingRepository;
import org.probity.groupmeetings.ui.GroupMeetingsViewModel;
import org.probity.people.Member;
import org.probity.people.Officer;
import org.probity.people.PoliticalGroup;
import org.probity.storage.Database;

/**
 * Times opening the group meetings register on the large demo authority: the list's rows as
 * the screen prepares them, and the parity of groups for one municipal year.
 */
public final class GroupMeetingsOpen {

    public static void main(String[] args) throws Exception {
        int meetings = Integer.parseInt(args[0]);
        int runs = Integer.parseInt(args[1]);
        LocalDate today = LocalDate.of(2026, 11, 23);
        boolean keep = args.length > 2;
        Path dir = keep ? Files.createDirectories(Path.of(args[2])) : Files.createTempDirectory("probity-gm-bench");
        Clock clock = Clock.fixed(today.atTime(10, 0).atZone(ZoneId.of("Europe/London")).toInstant(),
                ZoneId.of("Europe/London"));
        try (AppContext app = new AppContext(Database.openEmbedded(dir), Optional.of(dir), clock, "bench")) {
            long t0 = System.nanoTime();
            if (app.groupMeetings().count() < meetings) {
            new DemoAuthority(app.people(), app.database().session(), clock).load(1L, DemoScale.LARGE);
            List<PoliticalGroup> groups = app.people().groups();
            List<Member> members = app.people().members();
            List<Officer> officers = app.people().officers().stream().filter(o -> o.tier() <= 3).toList();
            System.out.printf(Locale.UK, "Large demo authority: %d groups, %d members, %d senior officers (%.1f s)%n",
                    groups.size(), members.size(), officers.size(), (System.nanoTime() - t0) / 1e9);

            // Through the repository in one transaction: the service's checks per save would take
            // minutes for this many requests and are not what is being timed.
            t0 = System.nanoTime();
            JooqGroupMeetingRepository repository = new JooqGroupMeetingRepository(app.database().session());
            Random random = new Random(42);
            LocalDate first = today.minusYears(10);
            app.database().session().inTransaction(() -> {
                for (int i = 0; i < meetings; i++) {
                    LocalDate date = first.plusDays((long) i * 3650 / meetings);
                    PoliticalGroup group = groups.get(random.nextInt(groups.size()));
                    Member asker = members.get(random.nextInt(members.size()));
                    MeetingKind kind = MeetingKind.values()[random.nextInt(10) < 8 ? random.nextInt(2) : 2];
                    List<OfficerAttendance> attending = new ArrayList<>();
                    attending.add(OfficerAttendance.attending(officers.get(random.nextInt(officers.size())).id(),
                            date.minusDays(3), random.nextInt(4) > 0));
                    GroupMeeting m = GroupMeeting.requested(group.id(), asker.id(), RequesterRole.GROUP_LEADER,
                            date.minusDays(7), kind, date, LocalTime.of(18, 0), "Committee Room 2", false,
                            "Briefing " + i, attending);
                    // Realistic gaps: most requests fully done, some with controls still missing.
                    if (random.nextInt(20) > 0) {
                        m = m.withMoNotified(date.plusDays(1), null);
                        List<GroupNotification> told = new ArrayList<>();
                        List<ParityOffer> offers = new ArrayList<>();
                        for (PoliticalGroup other : groups) {
                            if (other.id() != group.id() && random.nextInt(30) > 0) {
                                told.add(new GroupNotification(null, other.id(), date.plusDays(2),
                                        NotificationMethod.EMAIL));
                                if (kind.isBriefing()) {
                                    offers.add(new ParityOffer(null, other.id(), date.plusDays(2),
                                            OfferAnswer.values()[random.nextInt(3)], null));
                                }
                            }
                        }
                        m = m.withNotifications(told).withOffers(offers);
                    }
                    repository.insert(m);
                }
            });
            System.out.printf(Locale.UK, "Created %d meetings over ten years through the repository (%.1f s)%n",
                    meetings, (System.nanoTime() - t0) / 1e9);
            }

            LocalDate from = LocalDate.of(2025, 5, 1);
            LocalDate to = LocalDate.of(2026, 4, 30);
            double[] list = new double[runs];
            double[] whole = new double[runs];
            double[] parity = new double[runs];
            double[] reading = new double[runs];
            int rows = 0;
            int allRows = 0;
            int briefings = 0;
            for (int run = -2; run < runs; run++) {
                long start = System.nanoTime();
                app.groupMeetings().meetings();
                long read = System.nanoTime();
                if (run >= 0) {
                    reading[run] = (read - start) / 1e6;
                }
                start = System.nanoTime();
                GroupMeetingsViewModel.Loaded everything = GroupMeetingsViewModel.read(app.groupMeetings(),
                        app.people());
                allRows = everything.rows().size();
                if (run >= 0) {
                    whole[run] = (System.nanoTime() - start) / 1e6;
                }
                start = System.nanoTime();
                GroupMeetingsViewModel.Loaded loaded = GroupMeetingsViewModel.readRecent(app.groupMeetings(),
                        app.people());
                long middle = System.nanoTime();
                briefings = app.groupMeetings().parity(from, to).briefings().size();
                long end = System.nanoTime();
                rows = loaded.rows().size();
                if (run >= 0) {
                    list[run] = (middle - start) / 1e6;
                    parity[run] = (end - middle) / 1e6;
                }
            }
            System.out.printf(Locale.UK, "Reading every request from the database alone: median %.0f ms%n",
                    median(reading));
            System.out.printf(Locale.UK, "List opens on the last year and what is to come (%d rows, with statuses"
                    + " and alerts): median %.0f ms of %d runs%n", rows, median(list), runs);
            System.out.printf(Locale.UK, "Whole list, earlier years included (%d rows), read in the background:"
                    + " median %.0f ms%n", allRows, median(whole));
            System.out.printf(Locale.UK, "Parity matrix for %s to %s (%d briefings): median %.0f ms of %d runs%n",
                    from, to, briefings, median(parity), runs);
        } finally {
            if (keep) {
                return;
            }
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
