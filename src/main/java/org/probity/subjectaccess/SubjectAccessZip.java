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
import java.time.LocalDateTime;
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

    private final HeldData data;
    private final Redaction redaction;
    private final List<String> disclosed;
    private final String madeBy;
    private final LocalDateTime madeAt;
    private final String authority;
    private final LongFunction<InputStream> contents;

    SubjectAccessZip(HeldData data, Redaction redaction, List<String> disclosed, String madeBy, LocalDateTime madeAt,
                     String authority, LongFunction<InputStream> contents) {
        this.data = data;
        this.redaction = redaction;
        this.disclosed = disclosed;
        this.madeBy = madeBy;
        this.madeAt = madeAt;
        this.authority = authority;
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
            entry(zip, names, SUMMARY, PdfReport.bytes(new SubjectSummary(data, redaction, disclosed, madeBy, madeAt,
                    authority).document()));
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
                Map<String, String> row = new LinkedHashMap<>();
                row.put("Recorded at", e.recordedAt().toString());
                row.put("By", redaction.apply(e.user()));
                row.put("Record type", e.recordType());
                row.put("Record", redaction.apply(e.recordLabel()));
                row.put("What happened", e.kind().label());
                row.put("Field", redaction.apply(c.field()));
                row.put("Before", redaction.apply(c.before()));
                row.put("After", redaction.apply(c.after()));
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
        root.put("authority", authority);
        root.put("madeAt", madeAt.toString());
        root.put("madeBy", madeBy);
        root.put("namesDisclosed", disclosed);
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
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("recordedAt", e.recordedAt().toString());
        entry.put("by", redaction.apply(e.user()));
        entry.put("recordType", e.recordType());
        entry.put("record", redaction.apply(e.recordLabel()));
        entry.put("whatHappened", e.kind().label());
        entry.put("changes", e.changes().stream().map(c -> {
            Map<String, String> change = new LinkedHashMap<>();
            change.put("field", redaction.apply(c.field()));
            change.put("before", redaction.apply(c.before()));
            change.put("after", redaction.apply(c.after()));
            return change;
        }).toList());
        return entry;
    }

    private String readme() {
        int redacted = data.thirdParties().size() - disclosed.size();
        String nl = System.lineSeparator();
        StringBuilder t = new StringBuilder();
        t.append("Subject access export: ").append(data.displayName()).append(nl).append(nl);
        t.append("Made by ").append(madeBy).append(" on ").append(SubjectSummary.madeOn(madeAt))
                .append(" with Probity, from the records of ").append(authority).append('.').append(nl).append(nl);
        t.append("It holds everything Probity keeps about ").append(data.displayName()).append(':').append(nl);
        t.append("  summary.pdf                 the summary to send: each record with its fields and history").append(nl);
        t.append("  records/*.csv               the same records, one file per register, for a spreadsheet")
                .append(nl);
        t.append("  records/audit-entries.csv   every audit entry included, one row per changed field").append(nl);
        t.append("  records/records.json        all of the above in one file").append(nl);
        t.append("  attachments/REFERENCE/      the files attached to each record").append(nl).append(nl);
        t.append("Records: ").append(data.records().size()).append("; attached files: ")
                .append(data.attachments().size()).append("; audit entries: ").append(data.auditEntryCount())
                .append('.').append(nl).append(nl);
        t.append("Other people's names are replaced by \"").append(Redaction.MARK).append("\" (in file names: \"")
                .append(FILE_MARK).append("\"). ").append(redacted).append(redacted == 1 ? " name was" : " names were")
                .append(" redacted.");
        if (!disclosed.isEmpty()) {
            t.append(" Disclosed at the officer's choice: ").append(String.join(", ", disclosed)).append('.');
        }
        t.append(nl).append(nl);
        t.append("The attached files are included exactly as they were attached: their contents are NOT redacted."
                + " Read each of them, and any free text naming someone Probity does not hold, before the export is"
                + " sent.").append(nl);
        return t.toString();
    }
}
