package org.probity.subjectaccess;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.probity.attachments.Attachment;
import org.probity.audit.AuditEntry;
import org.probity.audit.FieldChange;
import org.probity.reports.render.PdfReport;

/**
 * The files of one export inside its ZIP: README.txt, summary.pdf, the records as CSV per register
 * and as records.json, the audit entries as CSV, and each entry's attached files in a folder named
 * by its reference. Text and file names are redacted; the attached files' contents are not.
 */
final class SubjectAccessZip {

    static final String README = "README.txt";
    static final String SUMMARY = "summary.pdf";
    private static final String FILE_MARK = "redacted third party";

    private final ExportContent content;
    private final HeldData data;
    private final Redaction redaction;
    private final LongFunction<InputStream> contents;

    SubjectAccessZip(ExportContent content, LongFunction<InputStream> contents) {
        this.content = content;
        this.data = content.data();
        this.redaction = content.redaction();
        this.contents = contents;
    }

    /** The folder an entry's attached files go in: its reference. */
    static String folder(HeldRecord r) {
        return "attachments/" + SafeFileName.of(r.reference()) + "/";
    }

    /** Writes the whole ZIP to {@code file}; returns the names of its entries in order. */
    List<String> write(Path file) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
            entry(zip, names, README, readme().getBytes(StandardCharsets.UTF_8));
            entry(zip, names, SUMMARY, PdfReport.bytes(new SubjectSummary(content).document()));
            if (!data.directoryFields().isEmpty()) {
                entry(zip, names, "records/directory.csv", csv(List.of(redaction.apply(data.directoryFields()))));
            }
            for (Register register : Register.values()) {
                List<HeldRecord> records = data.records(register);
                if (!records.isEmpty()) {
                    List<Map<String, String>> rows = new ArrayList<>();
                    for (HeldRecord r : records) {
                        Map<String, String> row = new LinkedHashMap<>();
                        row.put("Reference", r.reference());
                        row.putAll(redaction.apply(r.fields()));
                        rows.add(row);
                    }
                    entry(zip, names, "records/" + register.fileStem() + ".csv", csv(rows));
                }
            }
            entry(zip, names, "records/audit-entries.csv", auditCsv());
            entry(zip, names, "records/records.json", json());
            for (HeldRecord r : data.records()) {
                Set<String> taken = new HashSet<>();
                for (Attachment a : r.attachments()) {
                    String name = folder(r) + SafeFileName.unique(SafeFileName.of(redaction.apply(a.fileName(),
                            FILE_MARK)), taken);
                    zip.putNextEntry(new ZipEntry(name));
                    copyChecked(a, zip);
                    zip.closeEntry();
                    names.add(name);
                }
            }
        }
        return names;
    }

    private static void entry(ZipOutputStream zip, List<String> names, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
        names.add(name);
    }

    /** Copies the file out, refusing it if it no longer matches the checksum taken when it was attached. */
    private void copyChecked(Attachment a, OutputStream out) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = new DigestInputStream(contents.apply(a.id()), digest)) {
            in.transferTo(out);
        }
        String sha = java.util.HexFormat.of().formatHex(digest.digest());
        if (!sha.equalsIgnoreCase(a.sha256())) {
            throw new IOException("the attached file " + a.fileName() + " no longer matches the file that was"
                    + " attached (its checksum differs); run probity verify");
        }
    }

    private static byte[] csv(List<Map<String, String>> rows) throws IOException {
        Set<String> header = new LinkedHashSet<>();
        rows.forEach(r -> header.addAll(r.keySet()));
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader(header.toArray(String[]::new)).build())) {
            for (Map<String, String> row : rows) {
                List<String> cells = new ArrayList<>();
                header.forEach(h -> cells.add(asText(row.getOrDefault(h, ""))));
                printer.printRecord(cells);
            }
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Spreadsheets run a cell that starts with = + - @ as a formula; a leading quote keeps it text. */
    private static String asText(String value) {
        return value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value
                : value == null ? "" : value;
    }

    private byte[] auditCsv() throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        List<AuditEntry> all = new ArrayList<>(data.directoryHistory());
        data.records().forEach(r -> all.addAll(r.history()));
        all.addAll(data.otherEntries());
        for (AuditEntry e : all) {
            List<FieldChange> changes = e.changes();
            for (FieldChange c : changes.isEmpty() ? List.of(new FieldChange("", "", "")) : changes) {
                Map<String, String> row = head(e);
                row.putAll(change(c));
                rows.add(row);
            }
        }
        if (rows.isEmpty()) {
            rows.add(new LinkedHashMap<>(Map.of("Recorded at", "")));
        }
        return csv(rows);
    }

    private byte[] json() throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("person", data.displayName());
        root.put("kind", data.subject().kind().label());
        root.put("authority", content.authority());
        root.put("madeAt", content.madeAt().toString());
        root.put("madeBy", content.madeBy());
        root.put("namesDisclosed", content.disclosed());
        root.put("directoryEntry", redaction.apply(data.directoryFields()));
        root.put("directoryHistory", data.directoryHistory().stream().map(this::entryJson).toList());
        List<Map<String, Object>> records = new ArrayList<>();
        for (HeldRecord r : data.records()) {
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("register", r.register().title());
            record.put("reference", r.reference());
            record.put("fields", redaction.apply(r.fields()));
            record.put("attachments", r.attachments().stream().map(a -> redaction.apply(a.fileName())).toList());
            record.put("history", r.history().stream().map(this::entryJson).toList());
            records.add(record);
        }
        root.put("records", records);
        root.put("otherAuditEntries", data.otherEntries().stream().map(this::entryJson).toList());
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(root);
    }

    private Map<String, Object> entryJson(AuditEntry e) {
        Map<String, Object> entry = new LinkedHashMap<>(head(e));
        entry.put("Changes", e.changes().stream().map(this::change).toList());
        return entry;
    }

    /** An audit entry's when, who and what, as the CSV's columns and the JSON's keys. */
    private Map<String, String> head(AuditEntry e) {
        Map<String, String> head = new LinkedHashMap<>();
        head.put("Recorded at", e.recordedAt().toString());
        head.put("By", redaction.apply(e.user()));
        head.put("Record type", e.recordType());
        head.put("Record", redaction.apply(e.recordLabel()));
        head.put("What happened", e.kind().label());
        return head;
    }

    private Map<String, String> change(FieldChange c) {
        Map<String, String> change = new LinkedHashMap<>();
        change.put("Field", redaction.apply(c.field()));
        change.put("Before", redaction.apply(c.before()));
        change.put("After", redaction.apply(c.after()));
        return change;
    }

    private String readme() {
        List<String> lines = List.of(
                "Subject access export: " + data.displayName(),
                "",
                "Made by " + content.madeBy() + " on " + SubjectSummary.madeOn(content.madeAt())
                        + " with Probity, from the records of " + content.authority() + ".",
                "",
                "It holds everything Probity keeps about " + data.displayName() + ":",
                "  summary.pdf                 the summary to send: each record with its fields and history",
                "  records/*.csv               the same records, one file per register, for a spreadsheet",
                "  records/audit-entries.csv   every audit entry included, one row per changed field",
                "  records/records.json        all of the above in one file",
                "  attachments/REFERENCE/      the files attached to each record",
                "",
                "Records: " + data.records().size() + "; attached files: " + data.attachments().size()
                        + "; audit entries: " + data.auditEntryCount() + ".",
                "",
                "Other people's names are replaced by \"" + Redaction.MARK + "\" (in file names: \"" + FILE_MARK
                        + "\"): " + content.redactionNote() + ".",
                "",
                "The attached files are included exactly as they were attached: their contents are NOT redacted."
                        + " Read each of them, and any free text naming someone Probity does not hold, before the"
                        + " export is sent.",
                "");
        return String.join(System.lineSeparator(), lines);
    }
}
