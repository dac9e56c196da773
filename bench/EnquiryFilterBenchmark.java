import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.probity.app.AppContext;
import org.probity.calendar.BankHolidayRegion;
import org.probity.calendar.CalendarService;
import org.probity.enquiries.ui.EnquiryListViewModel;
import org.probity.people.AuthorityProfile;
import org.probity.people.Directorate;
import org.probity.people.Member;
import org.probity.people.MemberKind;
import org.probity.people.Officer;
import org.probity.people.ServiceArea;
import org.probity.people.Ward;
import org.probity.storage.Database;
import org.probity.ui.ImmediateBackgroundTasks;

/**
 * Filtering benchmark for the enquiries list: writes ten years of enquiries to an in-memory
 * database with JDBC batches, reads them into the list's view model once, then times each
 * keystroke of several typed searches (the filter as the screen runs it, without drawing).
 */
public final class EnquiryFilterBenchmark {

    private static final String[] SUBJECTS = {"Housing repairs", "Bins not collected", "Council tax refund",
            "Street lighting", "Planning application", "Pothole on the high street", "Noise nuisance",
            "School transport", "Parking permit", "Fly-tipping", "Library opening hours", "Tree preservation"};
    private static final String[] TYPED = {"housing", "council tax", "enq-2024-0123", "pothole", "smith",
            "planning app", "xyz"};

    public static void main(String[] args) throws Exception {
        int enquiries = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        ZoneId uk = ZoneId.of("Europe/London");
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), uk);
        Database database = Database.open("jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1", "sa", "");
        try (AppContext app = new AppContext(database, Optional.empty(), clock, "bench")) {
            long started = System.nanoTime();
            write(app, enquiries);
            System.out.printf("written:  %,d enquiries in %,d ms%n", enquiries, ms(started));

            EnquiryListViewModel list = new EnquiryListViewModel(app.enquiries(), app.people(),
                    new ImmediateBackgroundTasks());
            started = System.nanoTime();
            list.load();
            System.out.printf("loaded:   %,d rows in %,d ms (once, in the background)%n", list.total(), ms(started));

            List<Long> times = new ArrayList<>();
            for (int rep = 0; rep < repetitions + 1; rep++) {
                boolean warmUp = rep == 0;
                for (String text : TYPED) {
                    // Type the text a letter at a time, then delete it a letter at a time.
                    for (int i = 1; i <= text.length(); i++) {
                        time(list, text.substring(0, i), warmUp ? null : times);
                    }
                    for (int i = text.length() - 1; i >= 0; i--) {
                        time(list, text.substring(0, i), warmUp ? null : times);
                    }
                }
            }
            long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
            System.out.printf("keystrokes timed: %,d (%d repetitions of %s, typed and deleted)%n", sorted.length,
                    repetitions, Arrays.toString(TYPED));
            System.out.printf("per keystroke: median %.2f ms, 95th percentile %.2f ms, max %.2f ms%n",
                    sorted[sorted.length / 2] / 1e6, sorted[(int) Math.ceil(0.95 * sorted.length) - 1] / 1e6,
                    sorted[sorted.length - 1] / 1e6);
            long over = Arrays.stream(sorted).filter(t -> t > 50_000_000L).count();
            System.out.printf("keystrokes over 50 ms: %d of %,d%n", over, sorted.length);
        }
    }

    private static void time(EnquiryListViewModel list, String text, List<Long> times) {
        long start = System.nanoTime();
        list.filterTextProperty().set(text);
        long taken = System.nanoTime() - start;
        if (times != null) {
            times.add(taken);
        }
    }

    private static long ms(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    private static void write(AppContext app, int count) throws Exception {
        var people = app.people();
        people.saveProfile(AuthorityProfile.withDefaults("Borchester City Council",
                BankHolidayRegion.ENGLAND_AND_WALES));
        Directorate place = people.saveDirectorate(new Directorate(null, "Place"));
        Directorate resources = people.saveDirectorate(new Directorate(null, "Resources"));
        List<ServiceArea> areas = new ArrayList<>();
        for (String name : List.of("Housing", "Planning", "Highways", "Waste")) {
            areas.add(people.saveServiceArea(new ServiceArea(null, name, place.id())));
        }
        areas.add(people.saveServiceArea(new ServiceArea(null, "Revenues", resources.id())));
        List<Officer> officers = new ArrayList<>();
        String[] surnames = {"Wong", "Reid", "Patel", "Hughes", "Okafor", "Evans", "Khan", "Murphy", "Price", "Lloyd"};
        for (int i = 0; i < 40; i++) {
            ServiceArea area = areas.get(i % areas.size());
            officers.add(people.saveOfficer(new Officer(null, "B" + i, "Officer" + i, surnames[i % surnames.length],
                    "Officer", area.directorateId(), area.id(), 5, null, false, null, LocalDate.of(2010, 1, 1), null,
                    null)));
        }
        Ward ward = people.saveWard(new Ward(null, "Abbey"));
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            members.add(people.saveMember(new Member(null, "Cllr", "Member" + i, surnames[(i * 3) % surnames.length]
                    + (i % 5 == 0 ? "-Smith" : ""), MemberKind.ELECTED, null, null, null,
                    List.of(), List.of(ward.id()), List.of())));
        }
        CalendarService calendar = app.calendar();
        Map<String, LocalDate> dues = new HashMap<>();
        Random random = new Random(20261123L);
        LocalDate first = LocalDate.of(2016, 11, 23);
        int span = (int) (LocalDate.of(2026, 11, 23).toEpochDay() - first.toEpochDay());
        Map<Integer, Integer> numbers = new HashMap<>();
        try (Connection connection = app.database().dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO enquiry (id, ref_year, "
                    + "ref_number, member_id, received_on, channel, subject, enquiry_kind, service_area_id, "
                    + "directorate_id, officer_id, target_days, target_due, expected_due, answered_on, status) "
                    + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
                for (int i = 0; i < count; i++) {
                    LocalDate received = first.plusDays(random.nextInt(span + 1));
                    int days = random.nextInt(4) == 0 ? 7 : 5;
                    LocalDate due = dues.computeIfAbsent(received + "/" + days,
                            k -> calendar.due(received, days).due());
                    boolean open = received.isAfter(LocalDate.of(2026, 10, 1)) && random.nextInt(3) == 0;
                    int taken = random.nextInt(10);
                    LocalDate answered = open ? null : dues.computeIfAbsent(received + "/" + taken,
                            k -> taken == 0 ? received : calendar.due(received, taken).due());
                    if (answered != null && answered.isAfter(LocalDate.of(2026, 11, 23))) {
                        answered = null;
                    }
                    Officer officer = officers.get(random.nextInt(officers.size()));
                    ServiceArea area = areas.stream().filter(a -> a.id().equals(officer.serviceAreaId()))
                            .findFirst().orElseThrow();
                    int number = numbers.merge(received.getYear(), 1, Integer::sum);
                    insert.setLong(1, 1_000_000L + i);
                    insert.setInt(2, received.getYear());
                    insert.setInt(3, number);
                    insert.setLong(4, members.get(random.nextInt(members.size())).id());
                    insert.setDate(5, Date.valueOf(received));
                    insert.setString(6, "EMAIL");
                    insert.setString(7, SUBJECTS[random.nextInt(SUBJECTS.length)] + " " + (i % 997));
                    insert.setString(8, days == 7 ? "INFORMATION_REQUEST" : "OTHER");
                    insert.setLong(9, area.id());
                    insert.setLong(10, area.directorateId());
                    insert.setLong(11, officer.id());
                    insert.setInt(12, days);
                    insert.setDate(13, Date.valueOf(due));
                    insert.setDate(14, Date.valueOf(due));
                    insert.setObject(15, answered == null ? null : Date.valueOf(answered), Types.DATE);
                    insert.setString(16, answered == null ? "OPEN" : "ANSWERED");
                    insert.addBatch();
                    if (i % 10_000 == 9_999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            connection.commit();
        }
    }
}
