import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.probity.app.AppContext;
import org.probity.demo.DemoAuthority;
import org.probity.demo.DemoScale;
import org.probity.people.Member;
import org.probity.people.Officer;
import org.probity.people.PersonRef;
import org.probity.relationships.Decision;
import org.probity.relationships.DecisionKind;
import org.probity.relationships.Declaration;
import org.probity.relationships.DeclarationService;
import org.probity.relationships.NotificationMethod;
import org.probity.relationships.NotifiedTo;
import org.probity.relationships.RelationshipKind;
import org.probity.relationships.ui.RelationshipsViewModel;
import org.probity.storage.Database;
import org.probity.ui.ImmediateBackgroundTasks;

/**
 * Times the register list's text filter with a large authority: the time from a change of the
 * filter text to the filtered list being up to date, one keystroke at a time. The data folder
 * is built once (the large demo authority, then the declarations through the register's own
 * service, conflict flags included) and reused by later runs.
 */
public final class RelationshipsFilterBench {

    public static void main(String[] args) throws Exception {
        Path dataDir = Path.of(args.length > 0 ? args[0] : "/tmp/probity-relationships-bench");
        int wanted = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
        String typed = args.length > 2 ? args[2] : "patel housing";
        int repetitions = args.length > 3 ? Integer.parseInt(args[3]) : 20;
        ZoneId uk = ZoneId.of("Europe/London");
        Clock clock = Clock.system(uk);
        boolean fresh = !Files.exists(dataDir.resolve(Database.FILE_NAME + ".mv.db"));
        try (AppContext app = new AppContext(Database.openEmbedded(dataDir), java.util.Optional.of(dataDir), clock,
                "bench")) {
            if (fresh || app.people().countOfficers() == 0) {
                long started = System.nanoTime();
                new DemoAuthority(app.people(), app.database().session(), clock).load(7, DemoScale.LARGE);
                System.out.printf(Locale.UK, "Large demo authority: %,d members, %,d officers in %.1f s%n",
                        app.people().countMembers(), app.people().countOfficers(), seconds(started));
            }
            DeclarationService register = app.relationships();
            if (register.count() < wanted) {
                long started = System.nanoTime();
                declare(app, register, wanted - register.count());
                System.out.printf(Locale.UK, "Declared %,d relationships in %.1f s%n", wanted, seconds(started));
            }
            System.out.printf(Locale.UK, "Register: %,d declarations, %,d open conflict flags; %,d officers%n",
                    register.count(), register.openFlags().size(), app.people().countOfficers());

            RelationshipsViewModel model = new RelationshipsViewModel(register, app.people(), app.calendar(),
                    new ImmediateBackgroundTasks());
            long loadStarted = System.nanoTime();
            model.load();
            System.out.printf(Locale.UK, "Reading the list (in the background in the application): %.0f ms%n",
                    (System.nanoTime() - loadStarted) / 1e6);

            // Warm up the JIT as a user's first minutes would, then measure.
            for (int i = 0; i < 5; i++) {
                type(model, typed, null);
            }
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < repetitions; i++) {
                type(model, typed, times);
            }
            double[] sorted = times.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            model.filterTextProperty().set(typed);
            System.out.printf(Locale.UK, "Typing \"%s\" %d times (%d keystrokes): median %.2f ms, "
                            + "95th percentile %.2f ms, worst %.2f ms per keystroke; rows matching at the end: %,d%n",
                    typed, repetitions, sorted.length, percentile(sorted, 50), percentile(sorted, 95),
                    sorted[sorted.length - 1], model.shown().size());
        }
    }

    private static void type(RelationshipsViewModel model, String text, List<Double> times) {
        model.filterTextProperty().set("");
        for (int i = 1; i <= text.length(); i++) {
            long started = System.nanoTime();
            model.filterTextProperty().set(text.substring(0, i));
            int shown = model.shown().size();
            long took = System.nanoTime() - started;
            if (times != null && shown >= 0) {
                times.add(took / 1e6);
            }
        }
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }

    /** Declarations over ten years between members and officers and between officers, about two thirds decided. */
    private static void declare(AppContext app, DeclarationService register, int count) {
        SplittableRandom random = new SplittableRandom(11);
        LocalDate today = register.today();
        List<Member> members = app.people().members();
        List<Officer> officers = app.people().officers();
        List<Officer> senior = officers.stream().filter(o -> o.tier() <= 3).toList();
        RelationshipKind[] kinds = RelationshipKind.values();
        DecisionKind[] decisions = {DecisionKind.NO_ACTION, DecisionKind.NOTE_ON_FILE, DecisionKind.NOTE_ON_FILE,
            DecisionKind.CHANGE_LINE_MANAGEMENT, DecisionKind.MEMBER_STEPS_BACK, DecisionKind.OFFICER_EXCLUDED};
        int made = 0;
        while (made < count) {
            LocalDate on = today.minusDays(random.nextInt(3650));
            PersonRef a;
            PersonRef b;
            if (random.nextInt(10) < 6) {
                Member m = members.get(random.nextInt(members.size()));
                Officer o = random.nextInt(4) == 0 ? senior.get(random.nextInt(senior.size()))
                        : officers.get(random.nextInt(officers.size()));
                a = PersonRef.member(m.id());
                b = PersonRef.officer(o.id());
            } else {
                Officer o = officers.get(random.nextInt(officers.size()));
                Officer p = officers.get(random.nextInt(officers.size()));
                if (o.id().equals(p.id())) {
                    continue;
                }
                a = PersonRef.officer(o.id());
                b = PersonRef.officer(p.id());
            }
            RelationshipKind kind = kinds[random.nextInt(kinds.length - 1)];
            Declaration d = register.declare(Declaration.declared(a, b, kind, null, null, a, on,
                    NotificationMethod.values()[random.nextInt(3)], NotifiedTo.values()[random.nextInt(4)],
                    "Declared in the demo register."));
            if (random.nextInt(3) > 0) {
                LocalDate decided = on.plusDays(random.nextInt(20));
                if (decided.isAfter(today)) {
                    decided = today;
                }
                register.decide(d.id(), new Decision(decisions[random.nextInt(decisions.length)], null,
                        "Considered under the protocol.", decided, "Monitoring Officer"),
                        random.nextBoolean() ? on.plusYears(1) : null, List.of());
            }
            made++;
            if (made % 500 == 0) {
                System.out.printf(Locale.UK, "  %,d of %,d declared%n", made, count);
            }
        }
    }
}
