package org.probity.subjectaccess;

import java.nio.file.Path;
import java.util.List;

/**
 * What an export wrote: the file, how many records, attachments and audit entries it holds, how
 * many third parties' names were redacted and which were disclosed, and the ZIP's entries.
 */
public record ExportSummary(Path file, String personName, int records, int attachments, int auditEntries,
                            int namesRedacted, List<String> namesDisclosed, List<String> entries) {

    public ExportSummary {
        namesDisclosed = List.copyOf(namesDisclosed);
        entries = List.copyOf(entries);
    }

    /** "Wrote 14 records, 2 attached files and 37 audit entries about Jane Smith to …". */
    public String describe() {
        return "Wrote " + records + (records == 1 ? " record, " : " records, ") + attachments
                + (attachments == 1 ? " attached file" : " attached files") + " and " + auditEntries
                + (auditEntries == 1 ? " audit entry" : " audit entries") + " about " + personName + " to " + file
                + ". " + namesRedacted + (namesRedacted == 1 ? " third party's name was" : " third parties' names were")
                + " redacted" + (namesDisclosed.isEmpty() ? "." : "; disclosed: " + String.join(", ", namesDisclosed)
                + ".");
    }
}
