package org.probity.retention;

import java.util.List;

/**
 * Everything a disposal would remove, shown before it is approved, and the backups that would
 * still hold the records afterwards.
 */
public record DisposalPreview(List<PlannedDisposal> disposals, int olderBackups) {

    public DisposalPreview {
        disposals = List.copyOf(disposals);
    }

    public int attachments() {
        return disposals.stream().mapToInt(PlannedDisposal::attachments).sum();
    }

    public int auditEntries() {
        return disposals.stream().mapToInt(PlannedDisposal::auditEntries).sum();
    }

    public String summary() {
        int n = disposals.size();
        int files = attachments();
        int entries = auditEntries();
        String text = n + (n == 1 ? " record" : " records") + " will be disposed of: " + files
                + (files == 1 ? " attachment" : " attachments") + " deleted and " + entries
                + (entries == 1 ? " history entry" : " history entries") + " redacted.";
        if (olderBackups > 0) {
            text += " " + olderBackups + (olderBackups == 1 ? " backup" : " backups") + " taken before now will still"
                    + " contain these records until rotated out.";
        }
        return text;
    }
}
