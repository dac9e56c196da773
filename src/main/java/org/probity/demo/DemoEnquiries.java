package org.probity.demo;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.probity.calendar.CalendarService;
import org.probity.common.ValidationException;
import org.probity.enquiries.Enquiry;
import org.probity.enquiries.EnquiryRepository;
import org.probity.enquiries.EnquiryService;
import org.probity.people.PeopleService;
import org.probity.people.Ward;
import org.probity.storage.Transactions;

/**
 * Fills the demo authority's register of members' enquiries: small is about 600 enquiries over
 * the last year; large about 200 000 over ten years. The same seed, people and day give the
 * same enquiries. Small goes through {@link EnquiryService}, validated and audited like any
 * other. Large is worked out by the same rules ({@link EnquiryPlan}) and, when a repository is
 * given with {@link #inBulk}, written in batches in one transaction without an audit entry for
 * each, since two hundred thousand would take far longer than anyone waits for a demo.
 */
public final class DemoEnquiries {

    public static final int SMALL_COUNT = 600;
    public static final int LARGE_COUNT = 200_000;
    private static final int BATCH = 10_000;

    private final EnquiryService enquiries;
    private final PeopleService people;
    private final CalendarService calendar;
    private final Transactions transactions;
    private final EnquiryRepository bulk;

    public DemoEnquiries(EnquiryService enquiries, PeopleService people, CalendarService calendar,
                         Transactions transactions) {
        this(enquiries, people, calendar, transactions, null);
    }

    private DemoEnquiries(EnquiryService enquiries, PeopleService people, CalendarService calendar,
                          Transactions transactions, EnquiryRepository bulk) {
        this.enquiries = enquiries;
        this.people = people;
        this.calendar = calendar;
        this.transactions = transactions;
        this.bulk = bulk;
    }

    /** The same, writing large demo data straight through {@code repository} in batches. */
    public DemoEnquiries inBulk(EnquiryRepository repository) {
        return new DemoEnquiries(enquiries, people, calendar, transactions, repository);
    }

    /** What was loaded and how long it took. */
    public record Loaded(int enquiries, Duration took) {
    }

    /** Loads the enquiries for the demo authority already in the data folder; the register must be empty. */
    public Loaded load(long seed, DemoScale scale) {
        long started = System.nanoTime();
        if (enquiries.count() > 0) {
            throw new ValidationException("dataFolder", "Demo enquiries can only be loaded into an empty register;"
                    + " this one already holds " + enquiries.count() + ".");
        }
        List<Enquiry> planned = plan(seed, scale);
        transactions.inTransaction(() -> {
            if (scale == DemoScale.LARGE && bulk != null) {
                for (int from = 0; from < planned.size(); from += BATCH) {
                    bulk.insertAll(planned.subList(from, Math.min(planned.size(), from + BATCH)));
                }
            } else {
                planned.forEach(enquiries::record);
            }
            return null;
        });
        return new Loaded(planned.size(), Duration.ofNanos(System.nanoTime() - started));
    }

    /** The enquiries {@link #load} would write, worked out in memory. */
    public List<Enquiry> plan(long seed, DemoScale scale) {
        LocalDate today = enquiries.today();
        Map<Long, String> wards = people.wards().stream().collect(Collectors.toMap(Ward::id, Ward::name));
        EnquiryPlan plan = new EnquiryPlan(people.members(), people.officers(), people.serviceAreas(), wards,
                calendar.calendar(), enquiries::defaultTargetDays, today);
        // A seed of its own, so the enquiries do not change when the people generator draws differently.
        long enquirySeed = seed * 31 + 17;
        return scale == DemoScale.LARGE ? plan.enquiries(enquirySeed, LARGE_COUNT, 10)
                : plan.enquiries(enquirySeed, SMALL_COUNT, 1);
    }
}
