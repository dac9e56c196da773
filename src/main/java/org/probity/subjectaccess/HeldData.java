package org.probity.subjectaccess;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.probity.attachments.Attachment;
import org.probity.audit.AuditEntry;

/**
 * Everything Probity holds about one person, gathered but not yet redacted: their directory
 * entry (for a member or officer) with its history, every register entry that names them, the
 * audit entries elsewhere that name them, and the third parties' names all of these contain.
 * {@code searchedAs} is the name the registers' text was searched for, empty when another person
 * shares it and only entries referring to the person's directory entry could be included.
 */
public record HeldData(DataSubject subject, String displayName, Map<String, String> directoryFields,
                       List<AuditEntry> directoryHistory, List<HeldRecord> records, List<AuditEntry> otherEntries,
                       List<String> thirdParties, String searchedAs) {

    public HeldData {
        directoryFields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(directoryFields));
        directoryHistory = List.copyOf(directoryHistory);
        records = List.copyOf(records);
        otherEntries = List.copyOf(otherEntries);
        thirdParties = List.copyOf(thirdParties);
    }

    public List<HeldRecord> records(Register register) {
        return records.stream().filter(r -> r.register() == register).toList();
    }

    public List<Attachment> attachments() {
        List<Attachment> all = new ArrayList<>();
        records.forEach(r -> all.addAll(r.attachments()));
        return all;
    }

    public int auditEntryCount() {
        return directoryHistory.size() + otherEntries.size() + records.stream().mapToInt(r -> r.history().size()).sum();
    }

    /** Every piece of text the export will hold, for finding the names in it. */
    List<String> texts() {
        List<String> texts = new ArrayList<>();
        texts.addAll(directoryFields.values());
        directoryHistory.forEach(e -> texts.addAll(AuditText.of(e)));
        otherEntries.forEach(e -> texts.addAll(AuditText.of(e)));
        for (HeldRecord r : records) {
            texts.addAll(r.fields().values());
            r.history().forEach(e -> texts.addAll(AuditText.of(e)));
            r.attachments().forEach(a -> {
                texts.add(a.fileName());
                texts.add(a.addedBy());
                texts.add(a.note() == null ? "" : a.note());
            });
        }
        return texts;
    }
}
