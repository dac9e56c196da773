package org.probity.attachments;

import java.time.LocalDateTime;
import java.util.Locale;

/**
 * A file attached to a register entry, without its content (which is read through
 * {@link AttachmentService#open(long)} so that large files are never held in memory whole).
 *
 * @param ownerType the owner's record type as the audit trail names it, e.g. "Declaration"
 * @param sha256    the content's SHA-256 in lower-case hexadecimal, checked whenever it is read out
 */
public record Attachment(long id, String ownerType, long ownerId, String fileName, String mediaType, long sizeBytes,
                         String sha256, LocalDateTime addedAt, String addedBy, String note) {

    /** "84 KB", as a file manager would show it. */
    public String sizeText() {
        return describeSize(sizeBytes);
    }

    /** How the attachment is named in the owner's history: "letter.pdf (84 KB)". */
    public String describe() {
        return fileName + " (" + sizeText() + ")";
    }

    public static String describeSize(long bytes) {
        if (bytes < 1024) {
            return bytes == 1 ? "1 byte" : bytes + " bytes";
        }
        if (bytes < 1024L * 1024) {
            return Math.round(bytes / 1024.0) + " KB";
        }
        double megabytes = bytes / (1024.0 * 1024.0);
        return megabytes < 10
                ? String.format(Locale.UK, "%.1f MB", megabytes)
                : Math.round(megabytes) + " MB";
    }
}
