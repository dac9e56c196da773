package org.probity.publication;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.probity.common.UkDates;
import org.probity.common.Validation;
import org.probity.common.ValidationException;
import org.probity.complaints.ComplaintService;
import org.probity.enquiries.EnquiryService;
import org.probity.groupmeetings.GroupMeetingService;
import org.probity.people.PeopleService;
import org.probity.relationships.DeclarationService;
import org.probity.reports.Classification;
import org.probity.reports.Disclosure;
import org.probity.reports.ReportFormat;
import org.probity.reports.ReportOptions;
import org.probity.reports.ReportService;
import org.probity.reports.document.Block;
import org.probity.reports.document.Cover;
import org.probity.reports.document.ReportDocument;
import org.probity.reports.document.ReportSection;
import org.probity.transfer.TableWriter;
import org.probity.transfer.TransferException;

/**
 * Makes Open extracts of the registers for the authority's website and writes them as PDF, CSV
 * or an Excel workbook. Only the columns asked for are read into the extract; nothing personal
 * is asked for unless the user ticks it.
 */
public final class PublicationService {

    /** Counts below this are given as "fewer than 3" unless the user chooses otherwise, as in Open reports. */
    public static final int SMALL_COUNT = 3;

    private final List<PublishedRegister<?>> registers;
    private final PeopleService people;
    private final ReportService reports;
    private final Clock clock;

    public PublicationService(PeopleService people, DeclarationService relationships,
                              GroupMeetingService groupMeetings, EnquiryService enquiries,
                              ComplaintService complaints, ReportService reports, Clock clock) {
        this(List.of(new PublishedRelationships(relationships), new PublishedGroupMeetings(groupMeetings),
                new PublishedEnquiries(enquiries, people), new PublishedComplaints(complaints)), people, reports,
                clock);
    }

    PublicationService(List<PublishedRegister<?>> registers, PeopleService people, ReportService reports,
                       Clock clock) {
        this.registers = List.copyOf(registers);
        this.people = people;
        this.reports = reports;
        this.clock = clock;
    }

    public List<PublishedRegister<?>> registers() {
        return registers;
    }

    public PublishedRegister<?> register(String kind) {
        String wanted = kind == null ? "" : kind.strip().toLowerCase(Locale.ROOT);
        return registers.stream().filter(r -> r.kind().equals(wanted)).findFirst()
                .orElseThrow(() -> new ValidationException("kind", "There is no register called '" + kind
                        + "' to publish; choose one of " + registers.stream().map(PublishedRegister::kind)
                        .collect(Collectors.joining(", ")) + "."));
    }

    /** The last whole calendar year, every column that is not personal, small counts suppressed. */
    public PublicationRequest defaults(String kind) {
        PublishedRegister<?> register = register(kind);
        int year = LocalDate.now(clock).getYear() - 1;
        return new PublicationRequest(register.kind(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                register.columns().stream().filter(c -> !c.personal()).map(PublishedColumn::heading).toList(),
                register.countBy(), SMALL_COUNT);
    }

    /** The extract as asked, refused with a message naming what is wrong. */
    public Publication publish(PublicationRequest request) {
        PublishedRegister<?> register = register(request.kind());
        Map<String, PublishedColumn> known = new LinkedHashMap<>();
        register.columns().forEach(c -> known.put(c.heading(), c));
        Validation v = new Validation()
                .required("from", "The first day of the period", request.from())
                .required("to", "The last day of the period", request.to())
                .notBefore("to", "The last day of the period", request.to(), "the first day", request.from())
                .check(request.countsOnly() || !request.columns().isEmpty(), "columns",
                        "Tick at least one column to publish, or publish the counts alone.");
        for (String column : request.columns()) {
            v.check(known.containsKey(column), "columns", "The " + register.title().toLowerCase(Locale.UK)
                    + " has no column '" + column + "'; its columns are " + String.join(", ", known.keySet()) + ".");
        }
        PublishedColumn countBy = known.get(request.countBy());
        v.check(countBy != null && !countBy.personal(), "countBy", "Count the entries by one of "
                + known.values().stream().filter(c -> !c.personal()).map(PublishedColumn::heading)
                .collect(Collectors.joining(", ")) + " (not '" + request.countBy() + "').");
        v.throwIfInvalid();

        Set<String> chosen = new LinkedHashSet<>(request.columns());
        List<PublishedColumn> columns = request.countsOnly() ? List.of() : register.columns().stream()
                .filter(c -> chosen.contains(c.heading())).toList();
        List<String> read = new ArrayList<>(columns.stream().map(PublishedColumn::heading).toList());
        int counted = read.indexOf(countBy.heading());
        boolean countedOnly = counted < 0;
        if (countedOnly) {
            read.add(countBy.heading());
            counted = read.size() - 1;
        }
        Disclosure disclosure = new Disclosure(new ReportOptions(Classification.OPEN, null, false,
                request.suppressBelow()), people);
        List<List<Object>> rows = register.rows(request.from(), request.to(), read, disclosure);
        Map<String, Long> byValue = new LinkedHashMap<>();
        for (List<Object> row : rows) {
            byValue.merge(Publication.display(row.get(counted)), 1L, Long::sum);
        }
        List<Publication.Count> counts = byValue.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new Publication.Count(e.getKey(), e.getValue())).toList();
        if (request.countsOnly()) {
            rows = List.of();
        } else if (countedOnly) {
            rows = rows.stream().map(row -> row.subList(0, row.size() - 1)).toList();
        }
        return new Publication(register.kind(), register.title(), people.profile().name(), register.entries(),
                register.datedBy(), request.from(), request.to(), LocalDate.now(clock), columns, rows,
                countBy.heading(), counts, request.suppressBelow(), request.countsOnly());
    }

    /** The extract as a report: a cover, the counts, then the entries with the chosen columns. */
    public ReportDocument document(Publication p) {
        List<Cover.Item> cover = new ArrayList<>();
        cover.add(new Cover.Item("Register", p.title()));
        cover.add(new Cover.Item("Period", Period.describe(p.from(), p.to()) + " (by date " + p.datedBy() + ")"));
        cover.add(new Cover.Item("As at", UkDates.display(p.madeOn())));
        cover.add(new Cover.Item("Small numbers", p.suppressBelow() > 0 ? "Counts below " + p.suppressBelow()
                + " are given as \u201cfewer than " + p.suppressBelow() + "\u201d" : "Every count is given"));
        cover.add(new Cover.Item("Contents", p.countsOnly() ? "The counts alone; the entries are not listed"
                : "The counts, then one line for each entry"));
        cover.add(new Cover.Item("Personal data", p.personalColumns().isEmpty()
                ? "None: people are described by their role and free text is left out"
                : "Includes " + p.personalColumns().stream().map(c -> c.heading() + " (" + c.why() + ")")
                .collect(Collectors.joining("; "))));

        String counted = p.countBy().toLowerCase(Locale.UK);
        List<Block> summary = List.of(
                Block.Paragraph.of("The register holds " + p.shown(p.total()) + " " + p.entries() + " "
                        + p.datedBy() + " from " + Period.describe(p.from(), p.to()) + ", counted below by "
                        + counted + "."),
                new Block.Table(capitalise(p.entries()) + " by " + counted, List.of(p.countBy(),
                        Publication.ENTRIES), p.countRows(), true));
        if (p.countsOnly()) {
            return document(p, cover, List.of(new ReportSection("1", "Summary", summary)));
        }
        List<Block> entries = new ArrayList<>();
        if (p.rows().isEmpty()) {
            entries.add(Block.Paragraph.of("No " + p.entries() + " were " + p.datedBy() + " in the period."));
        } else {
            entries.add(Block.Paragraph.of("One line for each of the " + p.entries() + ", oldest first."
                    + (p.personalColumns().isEmpty() ? " People are described by their role." : "")));
            entries.add(new Block.Table(capitalise(p.entries()) + ", " + Period.describe(p.from(), p.to()),
                    p.headers(), p.displayRows(), true));
        }
        return document(p, cover, List.of(new ReportSection("1", "Summary", summary),
                new ReportSection("2", capitalise(p.entries()), entries)));
    }

    private static ReportDocument document(Publication p, List<Cover.Item> cover, List<ReportSection> sections) {
        return new ReportDocument(p.heading(), p.authority(), Classification.OPEN.label(), false, new Cover(cover),
                sections, null, false);
    }

    /** Writes the extract as PDF, CSV or an Excel workbook, as the file's name ends. */
    public Path write(Publication p, Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf")) {
            return reports.write(document(p), ReportFormat.PDF, file);
        }
        if (name.endsWith(".csv") || name.endsWith(".xlsx")) {
            try {
                TableWriter.write(file, sheetName(p), p.fileHeaders(), p.fileRows());
                return file.toAbsolutePath();
            } catch (TransferException e) {
                throw new ValidationException("file", e.getMessage());
            }
        }
        throw new ValidationException("file", "Probity publishes registers as .pdf, .csv or .xlsx files; end the "
                + "file name " + file.getFileName() + " with one of those.");
    }

    /** "Declarations 2026": Excel allows 31 characters. */
    private static String sheetName(Publication p) {
        String name = capitalise(p.entries()) + " " + p.from().getYear()
                + (p.to().getYear() == p.from().getYear() ? "" : "-" + p.to().getYear());
        return name.length() > 31 ? name.substring(0, 31) : name;
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
