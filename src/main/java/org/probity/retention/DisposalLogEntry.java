package org.probity.retention;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * One disposed record in the disposal log: what it was (register, reference, the year its
 * figures count in), its dates, what was done, who approved it and when, what went with it, and
 * how many backups taken before the disposal still hold it. Never anything about the people in it.
 */
public record DisposalLogEntry(long id, RetainedRegister register, long recordId, String reference, int recordYear,
                               LocalDate triggerDate, LocalDate dueDate, DisposalAction action, String approvedBy,
                               LocalDateTime approvedAt, int attachmentsRemoved, int auditEntriesRedacted,
                               int olderBackups, LocalDateTime oldestBackupAt) {

    /** What the log says about copies of the record that the disposal could not reach. */
    public String backupsNote() {
        if (olderBackups == 0) {
            return "No backup held the record when it was disposed of.";
        }
        return olderBackups + (olderBackups == 1 ? " backup" : " backups") + " older than this disposal (the oldest"
                + " from " + org.probity.common.UkDates.display(oldestBackupAt.toLocalDate()) + ") still "
                + (olderBackups == 1 ? "contains" : "contain") + " the record until rotated out.";
    }
}
