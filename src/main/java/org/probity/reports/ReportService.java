package org.probity.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.probity.audit.AuditTrail;
import org.probity.calendar.CalendarService;
import org.probity.enquiries.EnquiryService;
import org.probity.groupmeetings.GroupMeetingService;
import org.probity.relationships.DeclarationService;
import org.probity.protocols.ProtocolService;
import org.probity.protocols.Review;
import org.probity.protocols.ReviewService;
import org.probity.reports.annual.ProtocolReviewContribution;
import org.probity.reports.annual.EnquiriesContribution;
import org.probity.reports.annual.GroupMeetingsContribution;
import org.probity.reports.annual.RelationshipsContribution;
import org.probity.common.UkDates;
import org.probity.common.Validation;
import org.probity.common.ValidationException;
import org.probity.people.PeopleService;
import org.probity.reports.document.AccessibleVersion;
import org.probity.reports.document.ReportDocument;
import org.probity.reports.render.DocxReport;
import org.probity.reports.render.PdfReport;
import org.probity.storage.Transactions;

/**
 * Makes the committee's reports from the registers: the annual report from the sections the
 * registers contribute, and register extracts; keeps the drafts of their cover and narrative;
 * writes them as PDF or Word files.
 */
public final class ReportService {

    public static final String DRAFT = "Report draft";
    public static final int MAX_TEXT = 8000;

    private static final ExecutorService SECTION_THREADS = sectionThreads();

    private final ReportDraftRepository drafts;
    private final PeopleService people;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;
    private final List<AnnualReportContribution> contributions = new CopyOnWriteArrayList<>();
    private final List<RegisterExtractSource> extracts = new CopyOnWriteArrayList<>();
    private volatile ProtocolService protocols;
    private volatile ReviewService reviews;

    public ReportService(ReportDraftRepository drafts, PeopleService people, Transactions transactions,
                         AuditTrail audit, Clock clock) {
        this.drafts = drafts;
        this.people = people;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The service with the sections and extracts of the registers built into Probity: declared
     * relationships, group meetings and members' enquiries, in that order.
     */
    public static ReportService withRegisters(ReportDraftRepository drafts, PeopleService people,
                                              DeclarationService relationships, GroupMeetingService groupMeetings,
                                              EnquiryService enquiries, CalendarService calendar,
                                              Transactions transactions, AuditTrail audit, Clock clock) {
        ReportService service = new ReportService(drafts, people, transactions, audit, clock);
        service.addContribution(new RelationshipsContribution(relationships, calendar));
        service.addContribution(new GroupMeetingsContribution(groupMeetings, people, calendar));
        service.addContribution(new EnquiriesContribution(enquiries));
        service.addExtract(new RelationshipsExtract(relationships));
        service.addExtract(new GroupMeetingsExtract(groupMeetings));
        service.addExtract(new EnquiriesExtract(enquiries));
        return service;
    }

    /**
     * Reports on protocol reviews: the state of the latest review as a section of the annual
     * report, after those already added, and the report that takes a review to a committee.
     */
    public void addProtocolReviews(ProtocolService protocolLibrary, ReviewService protocolReviews) {
        this.protocols = protocolLibrary;
        this.reviews = protocolReviews;
        addContribution(new ProtocolReviewContribution(protocolLibrary, protocolReviews));
    }

    /** The reviews a report can be made on, most recently opened first; empty without the protocol library. */
    public List<ReviewChoice> reviewChoices() {
        if (reviews == null) {
            return List.of();
        }
        return transactions.inTransaction(() -> reviews.allReviews().stream()
                .sorted(Comparator.comparing(Review::openedOn).thenComparing(Review::id).reversed())
                .map(r -> new ReviewChoice(r.id(), reviews.label(r), r.inProgress())).toList());
    }

    /**
     * The review numbered {@code reference} (as the reports screen and {@code probity report review}
     * list them), or, for text, the latest review of the protocol whose title contains it.
     */
    public ReviewChoice review(String reference) {
        List<ReviewChoice> choices = reviewChoices();
        String wanted = reference == null ? "" : reference.strip();
        Optional<ReviewChoice> found = wanted.matches("\\d{1,18}")
                ? choices.stream().filter(c -> c.id() == Long.parseLong(wanted)).findFirst()
                : wanted.isEmpty() ? Optional.empty()
                : choices.stream().filter(c -> c.label().toLowerCase(Locale.UK)
                        .contains(wanted.toLowerCase(Locale.UK))).findFirst();
        return found.orElseThrow(() -> new ValidationException("review", choices.isEmpty()
                ? "There is no protocol review to report on; open a review in the Protocols screen first."
                : "There is no review \u201c" + wanted + "\u201d; give the number of one of these: "
                + String.join("; ", choices.stream().map(c -> c.id() + " " + c.label()).toList()) + "."));
    }

    /** The report taking the review to a committee, with the cover and narrative of its saved draft. */
    public ReportDocument review(long reviewId, ReportOptions options) {
        ReportDraft d = reviewDraft(reviewId);
        return review(reviewId, d.cover(), d.narrative(), options);
    }

    /** The report taking the review to a committee, made as {@code options} say. */
    public ReportDocument review(long reviewId, CoverDetails cover, Narrative narrative, ReportOptions options) {
        ReportDocument report = transactions.inTransaction(() -> new ProtocolReviewReport(protocols, reviews)
                .build(people.profile().name(), reviewNumbered(reviewId), cover, narrative, options));
        return options.accessible() ? AccessibleVersion.of(report) : report;
    }

    /** The saved draft of the review's report, or a new one with the usual narrative for it. */
    public ReportDraft reviewDraft(long reviewId) {
        return transactions.inTransaction(() -> drafts.find(ReportKind.PROTOCOL_REVIEW, Long.toString(reviewId))
                .orElseGet(() -> new ReportDraft(null, ReportKind.PROTOCOL_REVIEW, Long.toString(reviewId),
                        CoverDetails.standards(), new ProtocolReviewReport(protocols, reviews)
                        .defaultNarrative(reviewNumbered(reviewId)), ReportOptions.open(), null)));
    }

    private Review reviewNumbered(long reviewId) {
        if (reviews == null) {
            throw new ValidationException("review", "The protocol library is not available.");
        }
        return reviews.review(reviewId).orElseThrow(() -> new ValidationException("review",
                "There is no protocol review numbered " + reviewId + "."));
    }

    /** Adds a register's section to the annual report, after those already added. */
    public void addContribution(AnnualReportContribution contribution) {
        contributions.add(contribution);
    }

    /** Adds a register that can be printed as an extract. */
    public void addExtract(RegisterExtractSource source) {
        extracts.add(source);
    }

    public List<RegisterExtractSource> extracts() {
        return List.copyOf(extracts);
    }

    public Optional<RegisterExtractSource> extract(String kind) {
        return extracts.stream().filter(e -> e.kind().equalsIgnoreCase(kind == null ? "" : kind.strip())).findFirst();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The year an annual report is usually made for: the last full year. */
    public int lastFullYear() {
        return today().getYear() - 1;
    }

    // Drafts

    /** The saved draft of the annual report for {@code year}, or a new one with the usual narrative. */
    public ReportDraft annualDraft(int year) {
        return transactions.inTransaction(() -> drafts.find(ReportKind.ANNUAL, Integer.toString(year)))
                .orElseGet(() -> new ReportDraft(null, ReportKind.ANNUAL, Integer.toString(year),
                        CoverDetails.standards(), AnnualReport.defaultNarrative(year), ReportOptions.open(), null));
    }

    public ReportDraft saveDraft(ReportDraft draft) {
        validate(draft).throwIfInvalid();
        ReportDraft stamped = new ReportDraft(draft.id(), draft.kind(), draft.period().strip(), draft.cover(),
                draft.narrative(), draft.options(), LocalDateTime.now(clock));
        return transactions.inTransaction(() -> {
            Optional<ReportDraft> before = drafts.find(stamped.kind(), stamped.period());
            ReportDraft saved = drafts.save(stamped);
            String label = saved.kind().label() + " " + saved.period();
            if (before.isPresent()) {
                audit.changed(DRAFT, saved.id(), label, values(before.get()), values(saved));
            } else {
                audit.created(DRAFT, saved.id(), label, values(saved));
            }
            return saved;
        });
    }

    public Validation validate(ReportDraft d) {
        Validation v = new Validation();
        v.required("period", "The year", d.period() == null || d.period().isBlank() ? null : d.period());
        CoverDetails c = d.cover();
        v.check(length(c.committee()) <= 200, "committee", "The committee's name is longer than 200 characters.");
        v.check(length(c.reportOf()) <= 200, "reportOf", "\u201cReport of\u201d is longer than 200 characters.");
        v.check(length(c.authorName()) <= 200, "authorName", "The author's name is longer than 200 characters.");
        v.check(length(c.authorRole()) <= 200, "authorRole", "The author's post is longer than 200 characters.");
        v.check(length(c.authorContact()) <= 300, "authorContact",
                "The author's contact details are longer than 300 characters.");
        v.check(length(c.wards()) <= 300, "wards", "The wards affected are longer than 300 characters.");
        Narrative n = d.narrative();
        v.check(length(n.purpose()) <= MAX_TEXT, "purpose", "The purpose is longer than " + MAX_TEXT
                + " characters; shorten it.");
        v.check(length(n.recommendations()) <= MAX_TEXT, "recommendations", "The recommendations are longer than "
                + MAX_TEXT + " characters; shorten them.");
        v.check(length(n.background()) <= 2 * MAX_TEXT, "background", "The background is longer than "
                + 2 * MAX_TEXT + " characters; shorten it.");
        v.check(length(n.financeComments()) <= MAX_TEXT, "financeComments", "The finance comments are longer than "
                + MAX_TEXT + " characters; shorten them.");
        v.check(length(n.legalComments()) <= MAX_TEXT, "legalComments", "The legal comments are longer than "
                + MAX_TEXT + " characters; shorten them.");
        v.check(length(n.backgroundPapers()) <= 4000, "backgroundPapers",
                "The background papers are longer than 4000 characters; shorten them.");
        v.check(d.options().suppressBelow() <= 100, "suppressBelow",
                "Counts can be suppressed below at most 100.");
        return v;
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }

    Map<String, String> values(ReportDraft d) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("Committee", nz(d.cover().committee()));
        v.put("Meeting date", d.cover().meetingDate() == null ? "" : UkDates.display(d.cover().meetingDate()));
        v.put("Report of", nz(d.cover().reportOf()));
        v.put("Author", nz(d.cover().authorName()));
        v.put("Author's post", nz(d.cover().authorRole()));
        v.put("Contact", nz(d.cover().authorContact()));
        v.put("Wards affected", nz(d.cover().wards()));
        v.put("Key decision", d.cover().keyDecision() ? "Yes" : "No");
        v.put("Classification", d.options().classification().label());
        v.put("Exemption", d.options().exemption() == null ? "" : d.options().exemption().toString());
        v.put("Suppress counts below", Integer.toString(d.options().suppressBelow()));
        v.put("Purpose", nz(d.narrative().purpose()));
        v.put("Recommendations", nz(d.narrative().recommendations()));
        v.put("Background", nz(d.narrative().background()));
        v.put("Finance comments", nz(d.narrative().financeComments()));
        v.put("Legal comments", nz(d.narrative().legalComments()));
        v.put("Background papers", nz(d.narrative().backgroundPapers()));
        return v;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    // Reports

    /** The annual report for {@code year} from its saved draft (or the usual narrative), made as {@code options} say. */
    public ReportDocument annual(int year, ReportOptions options) {
        ReportDraft d = annualDraft(year);
        return annual(year, d.cover(), d.narrative(), options);
    }

    public ReportDocument annual(int year, CoverDetails cover, Narrative narrative, ReportOptions options) {
        if (year < 1990 || year > today().getYear()) {
            throw new ValidationException("year", "The year " + year + " is not one the registers can report on: "
                    + "give a year from 1990 to " + today().getYear() + ".");
        }
        Disclosure disclosure = new Disclosure(options, people);
        ReportYear context = new ReportYear(year, AnnualReport.TREND_YEARS, disclosure);
        String authority = transactions.inTransaction(() -> people.profile().name());
        // Each register's section on a thread and in a read transaction of its own, side by side: the
        // report then takes about as long as its largest sections rather than all of them in turn.
        List<CompletableFuture<AnnualReport.Part>> parts = new ArrayList<>();
        for (AnnualReportContribution c : contributions) {
            parts.add(CompletableFuture.supplyAsync(() -> new AnnualReport.Part(c,
                    transactions.inTransaction(() -> c.section(context))), SECTION_THREADS));
        }
        ReportDocument report = AnnualReport.build(authority, year, cover, narrative, options, joined(parts));
        return options.accessible() ? AccessibleVersion.of(report) : report;
    }

    /** The register named {@code kind} with entries dated {@code from} to {@code to} (either may be null). */
    public ReportDocument extract(String kind, LocalDate from, LocalDate to, CoverDetails cover,
                                  ReportOptions options) {
        RegisterExtractSource source = extract(kind).orElseThrow(() -> new ValidationException("register",
                "There is no register called \u201c" + kind + "\u201d; choose one of "
                        + String.join(", ", extracts.stream().map(RegisterExtractSource::kind).toList()) + "."));
        if (from != null && to != null && to.isBefore(from)) {
            throw new ValidationException("to", "The end of the period (" + UkDates.display(to)
                    + ") is before its start (" + UkDates.display(from) + ").");
        }
        Disclosure disclosure = new Disclosure(options, people);
        ReportDocument report = transactions.inTransaction(() -> RegisterExtract.build(people.profile().name(),
                source, from, to, cover, disclosure, today()));
        return options.accessible() ? AccessibleVersion.of(report) : report;
    }

    /** The sections in order, once all are made; the first to fail is thrown as it was, and the rest let go. */
    private static <T> List<T> joined(List<CompletableFuture<T>> futures) {
        List<T> done = new ArrayList<>(futures.size());
        try {
            for (CompletableFuture<T> f : futures) {
                done.add(f.join());
            }
            return done;
        } catch (CompletionException e) {
            futures.forEach(f -> f.cancel(false));
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }

    /**
     * The threads the annual report's sections are made on: as many as the processors, from two to
     * four, so the report leaves the database's other connections to the screens. Each holds a
     * connection only while it makes a section; idle threads end after a while.
     */
    private static ExecutorService sectionThreads() {
        int threads = Math.min(4, Math.max(2, Runtime.getRuntime().availableProcessors()));
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor executor = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), runnable -> {
                    Thread thread = new Thread(runnable, "probity-report-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }

    // Files

    public static byte[] bytes(ReportDocument report, ReportFormat format) {
        return switch (format) {
            case PDF -> PdfReport.bytes(report);
            case DOCX -> DocxReport.bytes(report);
        };
    }

    /**
     * Writes the report to {@code file}, beside it first and then moved into place, so an
     * existing file is never half-replaced.
     */
    public Path write(ReportDocument report, ReportFormat format, Path file) {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ValidationException("file", "The folder " + folder + " does not exist; choose another place "
                    + "to save the report.");
        }
        byte[] content = bytes(report, format);
        Path temporary = null;
        try {
            temporary = Files.createTempFile(folder, "." + target.getFileName() + "-", ".part");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                out.write(content);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return target;
        } catch (IOException | UncheckedIOException e) {
            throw new ValidationException("file", "Could not write the report to " + target + " (" + e.getMessage()
                    + "); check that the folder can be written to and the file is not open in another program.");
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // a hidden .part file left behind; nothing the user needs to act on
                }
            }
        }
    }
}
