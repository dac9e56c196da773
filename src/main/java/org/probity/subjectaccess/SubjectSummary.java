package org.probity.subjectaccess;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.probity.attachments.Attachment;
import org.probity.audit.AuditEntry;
import org.probity.common.UkDates;
import org.probity.reports.document.Author;
import org.probity.reports.document.Block;
import org.probity.reports.document.Cover;
import org.probity.reports.document.ReportDocument;
import org.probity.reports.document.ReportSection;

/**
 * The summary of an export as a report document, so it is rendered like every other Probity
 * PDF (tagged, archival): what the export holds, the directory entry, a section per register
 * with each entry's fields and then its history, the audit entries elsewhere, and the attached
 * files listed for the officer to review. Every string passes through the redaction.
 */
final class SubjectSummary {

    private final ExportContent content;
    private final HeldData data;
    private final Redaction redaction;

    SubjectSummary(ExportContent content) {
        this.content = content;
        this.data = content.data();
        this.redaction = content.redaction();
    }

    static String madeOn(LocalDateTime at) {
        return UkDates.display(at.toLocalDate()) + String.format(" at %02d:%02d", at.getHour(), at.getMinute());
    }

    ReportDocument document() {
        List<ReportSection> sections = new ArrayList<>();
        sections.add(new ReportSection(String.valueOf(sections.size() + 1), "About this export", about()));
        if (!data.directoryFields().isEmpty()) {
            List<Block> blocks = new ArrayList<>();
            blocks.add(fields("Directory entry of " + data.displayName(), data.directoryFields()));
            blocks.addAll(history("Changes to the directory entry", data.directoryHistory()));
            sections.add(new ReportSection(String.valueOf(sections.size() + 1), "People directory", blocks));
        }
        for (Register register : Register.values()) {
            List<HeldRecord> records = data.records(register);
            if (records.isEmpty()) {
                continue;
            }
            List<Block> blocks = new ArrayList<>();
            blocks.add(Block.Paragraph.of(capitalised(register.count(records.size()))
                    + (records.size() == 1 ? " names " : " name ") + data.displayName() + "."));
            for (HeldRecord r : records) {
                blocks.add(new Block.Subheading(r.register().recordType() + " " + r.reference()));
                blocks.add(fields("Fields of " + r.reference(), r.fields()));
                if (!r.attachments().isEmpty()) {
                    blocks.add(Block.Paragraph.of("Attached files, included as they are in the folder "
                            + SubjectAccessZip.folder(r) + ":"));
                    blocks.add(Block.ListBlock.bullets(r.attachments().stream().map(this::attachment).toList()));
                }
                blocks.addAll(history("History of " + r.reference(), r.history()));
            }
            sections.add(new ReportSection(String.valueOf(sections.size() + 1), register.title(), blocks));
        }
        if (!data.otherEntries().isEmpty()) {
            List<Block> blocks = new ArrayList<>();
            blocks.add(Block.Paragraph.of("Entries in the audit trail of other records that mention "
                    + data.displayName() + "."));
            blocks.add(Block.ListBlock.bullets(data.otherEntries().stream()
                    .map(e -> redaction.apply(e.recordType() + " " + e.recordLabel()) + ": "
                            + AuditText.line(e, redaction)).toList()));
            sections.add(new ReportSection(String.valueOf(sections.size() + 1), "Other audit entries", blocks));
        }
        List<Attachment> files = data.attachments();
        sections.add(new ReportSection(String.valueOf(sections.size() + 1), "Attached files to review",
                files.isEmpty() ? List.of(Block.Paragraph.of("None of these records has attached files."))
                        : List.of(Block.Paragraph.of("These files are included as they were attached: their"
                                + " contents are not redacted. Read each before the export is sent."),
                        Block.ListBlock.bullets(data.records().stream().flatMap(r -> r.attachments().stream()
                                .map(a -> r.reference() + ": " + attachment(a))).toList()))));
        Cover cover = new Cover(List.of(
                new Cover.Item("Person", data.displayName() + " (" + data.subject().kind().label() + ")"),
                new Cover.Item("Made", madeOn(content.madeAt())),
                new Cover.Item("Made by", content.madeBy()),
                new Cover.Item("Records", String.valueOf(data.records().size())),
                new Cover.Item("Attached files", String.valueOf(files.size())),
                new Cover.Item("Audit entries", String.valueOf(data.auditEntryCount())),
                new Cover.Item("Third parties' names", content.redactionNote())));
        return new ReportDocument("Subject access export: " + data.displayName(), content.authority(),
                "Personal data", true, cover, sections, new Author(content.madeBy(), null, null), false);
    }

    private List<Block> about() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.Paragraph.of("This is everything " + content.authority() + " holds in Probity about "
                + data.displayName() + " on " + UkDates.display(content.madeAt().toLocalDate())
                + ": the entries in each register that name them, each with its fields and the history of its"
                + " changes, the audit entries of other records that mention them, and the files attached to"
                + " those entries."));
        if (data.searchedAs().isEmpty()) {
            blocks.add(Block.Paragraph.of("Another person in the directory has the same name, so the text of the"
                    + " records was not searched for it: this export holds the entries that refer to "
                    + data.displayName() + " by their directory entry. Entries that only mention the name in their"
                    + " text should be looked for by hand."));
        } else if (!data.searchedAs().equalsIgnoreCase(data.subject().name())) {
            blocks.add(Block.Paragraph.of("Another person in the directory has the same name, so the text of the"
                    + " records was searched for \u201c" + data.searchedAs() + "\u201d only."));
        }
        blocks.add(Block.Paragraph.of("The names of other people in these records are replaced by \u201c"
                + Redaction.MARK + "\u201d. " + content.redactionNote() + "."));
        blocks.add(Block.Paragraph.of("Names are found by matching the members, officers and users Probity knows."
                + " A name typed into a note that belongs to nobody Probity holds is not found, and attached files"
                + " are included unredacted: both should be read before the export is sent."));
        blocks.add(Block.Paragraph.of("Fields with no value are left out. The same records are in the folder"
                + " records of this export as CSV files and as records.json."));
        return blocks;
    }

    private Block.Table fields(String caption, Map<String, String> fields) {
        List<List<String>> rows = new ArrayList<>();
        fields.forEach((label, value) -> {
            if (value != null && !value.isBlank()) {
                rows.add(List.of(redaction.apply(label), redaction.apply(value)));
            }
        });
        return new Block.Table(caption, List.of("Field", "Value"), rows, true);
    }

    private List<Block> history(String title, List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        return List.of(Block.Paragraph.of(title + ":"), Block.ListBlock.bullets(entries.stream()
                .map(e -> AuditText.line(e, redaction)).toList()));
    }

    private String attachment(Attachment a) {
        return redaction.apply(a.fileName()) + " (" + a.sizeText() + ", added " + UkDates.display(
                a.addedAt().toLocalDate()) + " by " + redaction.apply(a.addedBy()) + ")";
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
