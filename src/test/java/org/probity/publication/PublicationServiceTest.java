package org.probity.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probity.app.AppContext;
import org.probity.common.ValidationException;
import org.probity.complaints.Complaint;
import org.probity.enquiries.Enquiry;
import org.probity.groupmeetings.GroupMeeting;
import org.probity.people.Member;
import org.probity.people.Officer;
import org.probity.relationships.Declaration;
import org.probity.reports.DemoReports;
import org.probity.reports.PdfChecks;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class PublicationServiceTest {

    private static final LocalDate FROM = LocalDate.of(2026, 4, 1);
    private static final LocalDate TO = LocalDate.of(2026, 6, 30);
    private static final List<String> KINDS = List.of("relationships", "group-meetings", "enquiries", "complaints");

    private static AppContext app;
    private static PublicationService publication;
    /** Every member's and officer's name, as an extract would print it. */
    private static List<String> names;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        app = DemoReports.loaded();
        publication = app.publication();
        names = new ArrayList<>();
        app.people().members().forEach(m -> names.add(name(m)));
        app.people().officers().forEach(o -> names.add(o.forenames() + " " + o.surname()));
    }

    @AfterAll
    static void close() {
        app.close();
    }

    private static String name(Member m) {
        return m.forenames() + " " + m.surname();
    }

    private static PublicationRequest quarter(String kind) {
        PublicationRequest defaults = publication.defaults(kind);
        return new PublicationRequest(kind, FROM, TO, defaults.columns(), defaults.countBy(), defaults.suppressBelow());
    }

    /** The free text of each register's records in the quarter: what no Open extract may print. */
    private static List<String> freeText(String kind) {
        Stream<String> text = switch (kind) {
            case "relationships" -> app.relationships().declarations().stream()
                    .filter(x -> Period.contains(FROM, TO, x.declaredOn())).map(Declaration::description);
            case "group-meetings" -> app.groupMeetings().meetings(FROM, TO.plusDays(1)).stream()
                    .flatMap(m -> Stream.of(m.subject(), m.notes()));
            case "enquiries" -> app.enquiries().receivedBetween(FROM, TO).stream()
                    .flatMap(e -> Stream.of(e.subject(), e.details()));
            default -> app.complaints().receivedBetween(FROM, TO).stream().map(Complaint::summary);
        };
        return text.filter(t -> t != null && t.strip().length() >= 12).map(String::strip).distinct().toList();
    }

    private static long recordsInQuarter(String kind) {
        return switch (kind) {
            case "relationships" -> app.relationships().declarations().stream()
                    .filter(x -> Period.contains(FROM, TO, x.declaredOn())).count();
            case "group-meetings" -> app.groupMeetings().meetings().stream()
                    .map(GroupMeeting::meetingDate).filter(d -> Period.contains(FROM, TO, d)).count();
            case "enquiries" -> app.enquiries().receivedBetween(FROM, TO).stream().map(Enquiry::receivedOn)
                    .filter(d -> Period.contains(FROM, TO, d)).count();
            default -> app.complaints().receivedBetween(FROM, TO).size();
        };
    }

    private static String pdfText(Path pdf) throws Exception {
        return PdfText.of(pdf);
    }

    private static List<CSVRecord> csv(Path file) throws Exception {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        try (Reader reader = new java.io.StringReader(text.substring(1))) {
            return CSVFormat.DEFAULT.parse(reader).getRecords();
        }
    }

    @Test
    void anOpenExtractOfEachRegisterNamesNobodyAndLeavesOutFreeText() throws Exception {
        for (String kind : KINDS) {
            Publication p = publication.publish(quarter(kind));
            assertThat(p.rows()).as(kind).isNotEmpty();
            assertThat(p.personalColumns()).as(kind).isEmpty();
            Path pdf = publication.write(p, dir.resolve(kind + ".pdf"));
            Path csv = publication.write(p, dir.resolve(kind + ".csv"));
            String pdfText = pdfText(pdf);
            String csvText = Files.readString(csv, StandardCharsets.UTF_8);
            for (String name : names) {
                assertThat(pdfText).as(kind + " PDF").doesNotContain(name);
                assertThat(csvText).as(kind + " CSV").doesNotContain(name);
            }
            List<String> text = freeText(kind);
            assertThat(text).as(kind + " has free text to leave out").isNotEmpty();
            for (String t : text) {
                assertThat(csvText).as(kind + " CSV").doesNotContain(t);
                assertThat(pdfText).as(kind + " PDF").doesNotContain(t.substring(0, 12).replaceAll("\\s+", " "));
            }
            assertThat(pdfText).contains("People are described by their role");
        }
    }

    @Test
    void theCsvHasExactlyTheTickedColumnsAndEveryEntryOfThePeriod() throws Exception {
        for (String kind : KINDS) {
            PublicationRequest defaults = quarter(kind);
            List<String> ticked = List.of(defaults.columns().get(1), defaults.columns().get(2));
            Publication p = publication.publish(defaults.withColumns(ticked));
            List<CSVRecord> records = csv(publication.write(p, dir.resolve(kind + "-two.csv")));
            assertThat(records.get(0).toList()).as(kind).containsExactlyElementsOf(ticked);
            assertThat(records).as(kind).hasSize(1 + (int) recordsInQuarter(kind));
            assertThat(records.subList(1, records.size())).allSatisfy(r -> assertThat(r.size()).isEqualTo(2));
        }
    }

    @Test
    void tickingAPersonalColumnPutsItInTheCsvAndThePdf() throws Exception {
        PublicationRequest defaults = quarter("relationships");
        List<String> columns = new ArrayList<>(defaults.columns());
        columns.add("Between (name)");
        Publication p = publication.publish(defaults.withColumns(columns));
        assertThat(p.personalColumns()).extracting(PublishedColumn::heading).containsExactly("Between (name)");
        List<CSVRecord> records = csv(publication.write(p, dir.resolve("named.csv")));
        assertThat(records.get(0).toList()).endsWith("Between (name)");
        String csvText = Files.readString(dir.resolve("named.csv"));
        String pdfText = pdfText(publication.write(p, dir.resolve("named.pdf")));
        assertThat(names.stream().filter(csvText::contains)).isNotEmpty();
        assertThat(names.stream().filter(pdfText::contains)).isNotEmpty();
        assertThat(pdfText).contains("Includes Between (name) (names a member or officer)");
        for (String t : freeText("relationships")) {
            assertThat(csvText).doesNotContain(t);
        }

        columns.add("Details");
        String withDetails = Files.readString(publication.write(publication.publish(defaults.withColumns(columns)),
                dir.resolve("details.csv")));
        assertThat(freeText("relationships").stream().filter(withDetails::contains)).isNotEmpty();
    }

    @Test
    void everyPublishedPdfMeetsPdfUaAndPdfA() throws Exception {
        for (String kind : KINDS) {
            Publication p = publication.publish(quarter(kind));
            byte[] pdf = Files.readAllBytes(publication.write(p, dir.resolve(kind + "-check.pdf")));
            assertThat(PdfChecks.failures(pdf, PDFAFlavour.PDFUA_1)).as(kind).isEmpty();
            assertThat(PdfChecks.failures(pdf, PDFAFlavour.PDFA_2_U)).as(kind).isEmpty();
        }
    }

    @Test
    void theCountsAddUpToTheRegistersTotalForThePeriodAndSmallOnesAreSuppressed() {
        for (String kind : KINDS) {
            Publication p = publication.publish(quarter(kind));
            long expected = recordsInQuarter(kind);
            assertThat(p.total()).as(kind).isEqualTo(expected);
            assertThat(p.counts().stream().mapToLong(Publication.Count::entries).sum()).as(kind).isEqualTo(expected);
            List<List<String>> shown = p.countRows();
            assertThat(shown.get(shown.size() - 1)).as(kind).containsExactly("Total", p.shown(expected));
            for (int i = 0; i < p.counts().size(); i++) {
                long n = p.counts().get(i).entries();
                assertThat(shown.get(i).get(1)).as(kind).isEqualTo(n < 3 ? "fewer than 3" : Long.toString(n));
            }
        }
        PublicationRequest all = quarter("group-meetings");
        Publication unsuppressed = publication.publish(new PublicationRequest(all.kind(), all.from(), all.to(),
                all.columns(), all.countBy(), 0));
        assertThat(unsuppressed.countRows()).noneSatisfy(row -> assertThat(row.get(1)).startsWith("fewer"));
    }

    @Test
    void theCountsAlonePublishNoEntryAndStillSuppressSmallCounts() throws Exception {
        Publication p = publication.publish(quarter("complaints").withCountsOnly(true));
        assertThat(p.rows()).isEmpty();
        assertThat(p.total()).isEqualTo(recordsInQuarter("complaints"));
        List<CSVRecord> records = csv(publication.write(p, dir.resolve("counts.csv")));
        assertThat(records.stream().map(CSVRecord::toList).toList()).containsExactlyElementsOf(
                java.util.stream.Stream.concat(java.util.stream.Stream.of(List.of("Category", "Entries")),
                        p.countRows().stream()).toList());
        assertThat(records.stream().map(r -> r.get(1))).contains("fewer than 3");
        String csvText = Files.readString(dir.resolve("counts.csv"));
        Path pdf = publication.write(p, dir.resolve("counts.pdf"));
        String pdfText = pdfText(pdf);
        assertThat(pdfText).contains("The counts alone").doesNotContain("CMP-2026");
        assertThat(csvText).doesNotContain("CMP-2026");
        assertThat(PdfChecks.failures(Files.readAllBytes(pdf), PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(publication.publish(quarter("complaints").withColumns(List.of()).withCountsOnly(true)).total())
                .isEqualTo(p.total());
    }

    @Test
    void countingByAColumnThatIsNotTickedStillCountsButDoesNotPublishIt() throws Exception {
        PublicationRequest defaults = quarter("enquiries");
        Publication p = publication.publish(defaults.withColumns(List.of("Reference", "Received")));
        assertThat(p.countBy()).isEqualTo("Directorate");
        assertThat(p.counts()).isNotEmpty();
        assertThat(p.headers()).containsExactly("Reference", "Received");
        assertThat(p.rows()).allSatisfy(row -> assertThat(row).hasSize(2));
    }

    @Test
    void anXlsxHasOneVisibleSheetWithNoHiddenColumnsRowsOrNamedRanges() throws Exception {
        Publication p = publication.publish(quarter("complaints"));
        Path file = publication.write(p, dir.resolve("complaints.xlsx"));
        try (Workbook book = WorkbookFactory.create(file.toFile())) {
            assertThat(book.getNumberOfSheets()).isEqualTo(1);
            assertThat(book.isSheetHidden(0) || book.isSheetVeryHidden(0)).isFalse();
            assertThat(book.getNumberOfNames()).isZero();
            Sheet sheet = book.getSheetAt(0);
            for (int c = 0; c < p.headers().size() + 5; c++) {
                assertThat(sheet.isColumnHidden(c)).isFalse();
            }
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                assertThat(sheet.getRow(r) == null || !sheet.getRow(r).getZeroHeight()).isTrue();
            }
            assertThat(sheet.getRow(0).getLastCellNum()).isEqualTo((short) p.headers().size());
        }
    }

    @Test
    void anUnknownColumnOrRegisterOrABackwardPeriodIsRefusedSayingWhatToDo() {
        PublicationRequest defaults = quarter("complaints");
        assertThatThrownBy(() -> publication.publish(defaults.withColumns(List.of("Reference", "Address"))))
                .isInstanceOf(ValidationException.class).hasMessageContaining("no column 'Address'")
                .hasMessageContaining("Category");
        assertThatThrownBy(() -> publication.publish(defaults.withColumns(List.of())))
                .hasMessageContaining("Tick at least one column");
        assertThatThrownBy(() -> publication.publish(new PublicationRequest("complaints", TO, FROM,
                defaults.columns(), "Category", 3))).hasMessageContaining("cannot be before");
        assertThatThrownBy(() -> publication.publish(new PublicationRequest("complaints", FROM, TO,
                defaults.columns(), "Summary", 3))).hasMessageContaining("Count the entries by one of");
        assertThatThrownBy(() -> publication.defaults("complaint"))
                .hasMessageContaining("relationships, group-meetings, enquiries, complaints");
        assertThatThrownBy(() -> publication.write(publication.publish(defaults), dir.resolve("extract.docx")))
                .hasMessageContaining(".pdf, .csv or .xlsx");
    }
}
