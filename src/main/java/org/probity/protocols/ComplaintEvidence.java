package org.probity.protocols;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.probity.complaints.Complaint;
import org.probity.complaints.ComplaintCategory;
import org.probity.complaints.ComplaintOutcome;
import org.probity.complaints.ComplaintRoute;
import org.probity.complaints.ComplaintService;
import org.probity.complaints.ComplaintStatistics;

/**
 * Complaints between members and officers received in the period: by category, by route with
 * their outcomes, and by the protocol paragraph engaged, so a review sees which paragraphs
 * caused trouble. A paragraph with an upheld complaint, or engaged by more than one, is a concern.
 */
public final class ComplaintEvidence implements ReviewEvidenceSource {

    /** The topic words the review turns into the numbers of the complaints paragraphs. */
    private static final List<String> COMPLAINTS_TOPIC = List.of("complain");

    private final ComplaintService complaints;

    public ComplaintEvidence(ComplaintService complaints) {
        this.complaints = complaints;
    }

    @Override
    public Evidence evidence(LocalDate from, LocalDate to) {
        List<Complaint> inPeriod = complaints.receivedBetween(from, to);
        List<Evidence.Line> lines = new ArrayList<>();
        long upheld = inPeriod.stream().filter(ComplaintEvidence::isUpheld).count();
        lines.add(new Evidence.Line("Complaints received", String.valueOf(inPeriod.size()), COMPLAINTS_TOPIC,
                false));

        Map<ComplaintCategory, Integer> byCategory = new EnumMap<>(ComplaintCategory.class);
        inPeriod.forEach(c -> byCategory.merge(c.category(), 1, Integer::sum));
        byCategory.forEach((category, count) -> lines.add(new Evidence.Line("Category: " + category.label(),
                String.valueOf(count), COMPLAINTS_TOPIC, false)));

        Map<ComplaintRoute, Map<String, Integer>> byRoute = new EnumMap<>(ComplaintRoute.class);
        for (Complaint c : inPeriod) {
            byRoute.computeIfAbsent(c.route(), r -> new TreeMap<>()).merge(c.decision() == null
                    ? ComplaintStatistics.STILL_OPEN : c.decision().outcome().label(), 1, Integer::sum);
        }
        byRoute.forEach((route, outcomes) -> {
            int count = outcomes.values().stream().mapToInt(Integer::intValue).sum();
            List<String> parts = new ArrayList<>();
            outcomes.forEach((outcome, n) -> parts.add(n + " " + outcome.toLowerCase(java.util.Locale.UK)));
            lines.add(new Evidence.Line("Route: " + route.label(), count + " (" + String.join(", ", parts) + ")",
                    COMPLAINTS_TOPIC, outcomes.containsKey(ComplaintOutcome.UPHELD.label())));
        });

        Map<String, int[]> byParagraph = new TreeMap<>(ComplaintEvidence::compareNumbers);
        for (Complaint c : inPeriod) {
            for (String number : c.paragraphNumbers()) {
                int[] counts = byParagraph.computeIfAbsent(number, n -> new int[2]);
                counts[0]++;
                counts[1] += isUpheld(c) ? 1 : 0;
            }
        }
        byParagraph.forEach((number, counts) -> lines.add(new Evidence.Line("Complaints engaging paragraph "
                + number, counts[0] + (counts[1] > 0 ? " (" + counts[1] + " upheld)" : ""), List.of(number),
                counts[1] > 0 || counts[0] > 1)));
        if (upheld > 0) {
            lines.add(new Evidence.Line("Upheld / breach found", String.valueOf(upheld), COMPLAINTS_TOPIC, true));
        }
        return new Evidence("Complaints", lines);
    }

    private static boolean isUpheld(Complaint c) {
        return c.decision() != null && c.decision().outcome() == ComplaintOutcome.UPHELD;
    }

    /** "2.1" before "10.3": numbers compared part by part, numerically where both parts are numbers. */
    static int compareNumbers(String a, String b) {
        String[] x = a.split("[.()]+");
        String[] y = b.split("[.()]+");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = x[i].matches("\\d+") && y[i].matches("\\d+")
                    ? Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i])) : x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return x.length != y.length ? Integer.compare(x.length, y.length) : a.compareTo(b);
    }
}
