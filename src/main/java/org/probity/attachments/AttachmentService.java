package org.probity.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.probity.audit.AuditEntry;
import org.probity.audit.AuditTrail;
import org.probity.common.UkDates;
import org.probity.common.Validation;
import org.probity.common.ValidationException;
import org.probity.storage.Transactions;

/**
 * Attaches files to register entries and gives them back. Content is streamed in chunks both
 * ways, so a large file is never held in memory whole, and its SHA-256 is checked whenever it
 * leaves the database. Adding and removing are recorded in the owner's own history, so an
 * attachment shows where people look for what happened to that record.
 */
public final class AttachmentService {

    /** Below H2's 1 MB limit for one binary value, with room to spare. */
    public static final int CHUNK_BYTES = 512 * 1024;
    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

    static final String ATTACHMENT_FIELD = "Attachment";
    static final String NOTE_FIELD = "Attachment note";
    static final String REASON_FIELD = "Reason for removal";

    private static final Map<String, String> KNOWN_TYPES = Map.ofEntries(
            Map.entry("pdf", "application/pdf"),
            Map.entry("doc", "application/msword"),
            Map.entry("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
            Map.entry("odt", "application/vnd.oasis.opendocument.text"),
            Map.entry("rtf", "application/rtf"),
            Map.entry("xls", "application/vnd.ms-excel"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("csv", "text/csv"),
            Map.entry("txt", "text/plain"),
            Map.entry("msg", "application/vnd.ms-outlook"),
            Map.entry("eml", "message/rfc822"),
            Map.entry("jpg", "image/jpeg"),
            Map.entry("jpeg", "image/jpeg"),
            Map.entry("png", "image/png"),
            Map.entry("tif", "image/tiff"),
            Map.entry("tiff", "image/tiff"),
            Map.entry("zip", "application/zip"));
    private static final String UNKNOWN_TYPE = "application/octet-stream";

    private final AttachmentRepository repository;
    private final Transactions transactions;
    private final AuditTrail audit;
    private final Clock clock;
    private final Supplier<String> currentUser;
    private final long maxBytes;

    public AttachmentService(AttachmentRepository repository, Transactions transactions, AuditTrail audit, Clock clock,
                             Supplier<String> currentUser) {
        this(repository, transactions, audit, clock, currentUser, DEFAULT_MAX_BYTES);
    }

    public AttachmentService(AttachmentRepository repository, Transactions transactions, AuditTrail audit, Clock clock,
                             Supplier<String> currentUser, long maxBytes) {
        this.repository = repository;
        this.transactions = transactions;
        this.audit = audit;
        this.clock = clock;
        this.currentUser = currentUser;
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    /** The owner's attachments, oldest first. */
    public List<Attachment> attachments(String ownerType, long ownerId) {
        return repository.findByOwner(ownerType, ownerId);
    }

    public Attachment attachment(long id) {
        return repository.find(id).orElseThrow(AttachmentService::gone);
    }

    /**
     * Stores a copy of {@code file} against the owner. Refuses a missing, unreadable, empty or
     * over-large file with a message naming it; when refused, nothing is stored.
     */
    public Attachment add(String ownerType, long ownerId, Path file, String note) {
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        new Validation()
                .required("ownerType", "The kind of record", ownerType)
                .maxLength("ownerType", "The kind of record", ownerType, 40)
                .check(ownerId > 0, "ownerId", "Save the record before attaching files to it.")
                .maxLength("note", "The note", cleanNote, 1000)
                .throwIfInvalid();
        if (file == null) {
            throw new AttachmentException("Choose a file to attach.");
        }
        String fileName = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        long size = checkReadable(file, fileName);
        if (fileName.length() > 255) {
            throw new AttachmentException("The name of the file " + fileName.substring(0, 40) + "… is longer than "
                    + "255 characters. Rename it with a shorter name and attach it again.");
        }
        String mediaType = mediaTypeOf(file, fileName);
        return transactions.inTransaction(() -> {
            Attachment header = repository.insert(new Attachment(0, ownerType, ownerId, fileName, mediaType, size, "",
                    LocalDateTime.now(clock), currentUser.get(), cleanNote));
            MessageDigest digest = sha256();
            long total = 0;
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                byte[] buffer = new byte[CHUNK_BYTES];
                int seq = 0;
                int read;
                while ((read = in.readNBytes(buffer, 0, buffer.length)) > 0) {
                    total += read;
                    if (total > maxBytes) {
                        throw tooLarge(fileName, total);
                    }
                    repository.addChunk(header.id(), seq++, buffer, read);
                }
            } catch (IOException e) {
                throw new AttachmentException("The file " + fileName + " could not be read (" + e.getMessage()
                        + "). Nothing was attached. Check that it is not open elsewhere and try again.", e);
            }
            if (total == 0) {
                throw empty(fileName);
            }
            String checksum = HexFormat.of().formatHex(digest.digest());
            repository.complete(header.id(), total, checksum);
            Attachment stored = repository.find(header.id()).orElseThrow();
            Map<String, String> after = new LinkedHashMap<>();
            after.put(ATTACHMENT_FIELD, stored.describe());
            if (cleanNote != null) {
                after.put(NOTE_FIELD, cleanNote);
            }
            audit.changed(ownerType, ownerId, ownerLabel(ownerType, ownerId), Map.of(), after);
            return stored;
        });
    }

    /**
     * The content, read from the database one chunk at a time. The caller closes the stream.
     * The checksum is not verified here; {@link #saveCopy} does that.
     */
    public InputStream open(long id) {
        Attachment attachment = attachment(id);
        return new ChunkInputStream(repository, attachment);
    }

    /**
     * Writes the content to {@code target}, through a temporary file in the same folder that is
     * moved into place only once the content has been checked against its SHA-256, so that a
     * damaged attachment or a failed write never leaves a file behind.
     */
    public void saveCopy(long id, Path target) {
        Attachment attachment = attachment(id);
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        Path partial;
        try {
            partial = Files.createTempFile(folder, ".probity-", ".part");
        } catch (IOException e) {
            throw new AttachmentException("A copy of " + attachment.fileName() + " could not be saved in " + folder
                    + " (" + e.getMessage() + "). Choose a folder you can write to and try again.", e);
        }
        try {
            MessageDigest digest = sha256();
            long written;
            try (InputStream in = new DigestInputStream(open(id), digest);
                 OutputStream out = Files.newOutputStream(partial)) {
                written = in.transferTo(out);
            }
            String checksum = HexFormat.of().formatHex(digest.digest());
            if (written != attachment.sizeBytes() || !checksum.equals(attachment.sha256())) {
                throw damaged(attachment);
            }
            moveIntoPlace(partial, absolute);
        } catch (IOException e) {
            throw new AttachmentException("A copy of " + attachment.fileName() + " could not be saved as " + absolute
                    + " (" + e.getMessage() + "). Nothing was written there. Check the folder and try again.", e);
        } finally {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // Only left when the copy failed half-way on a failing disk; the message already says so.
            }
        }
    }

    /** Removes the attachment and its content, with the reason recorded in the owner's history. */
    public void remove(long id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new ValidationException("reason", "Give a reason for removing the attachment; it is kept in the "
                    + "record's history.");
        }
        transactions.inTransaction(() -> {
            Attachment attachment = attachment(id);
            repository.delete(id);
            auditRemoval(attachment, reason.strip());
        });
    }

    /** Removes every attachment of a record being deleted; call it in the deletion's transaction. */
    public int removeAllFor(String ownerType, long ownerId) {
        return transactions.inTransaction(() -> {
            List<Attachment> all = repository.findByOwner(ownerType, ownerId);
            for (Attachment attachment : all) {
                repository.delete(attachment.id());
                auditRemoval(attachment, "The record was deleted.");
            }
            return all.size();
        });
    }

    private void auditRemoval(Attachment attachment, String reason) {
        audit.changed(attachment.ownerType(), attachment.ownerId(),
                ownerLabel(attachment.ownerType(), attachment.ownerId()),
                Map.of(ATTACHMENT_FIELD, attachment.describe()), Map.of(REASON_FIELD, reason));
    }

    /** The label the owner's own entries use, so the history reads as one record's story. */
    private String ownerLabel(String ownerType, long ownerId) {
        List<AuditEntry> history = audit.history(ownerType, ownerId);
        return history.stream().map(AuditEntry::recordLabel).filter(l -> l != null && !l.isBlank()).findFirst()
                .orElse(ownerType + " " + ownerId);
    }

    private long checkReadable(Path file, String fileName) {
        Path folder = file.toAbsolutePath().getParent();
        if (Files.isDirectory(file)) {
            throw new AttachmentException(fileName + " is a folder, not a file. Choose a file inside it.");
        }
        if (!Files.exists(file)) {
            throw new AttachmentException("The file " + fileName + " could not be found in " + folder
                    + ". Check that it has not been moved or renamed, then attach it again.");
        }
        if (!Files.isReadable(file)) {
            throw new AttachmentException("The file " + fileName + " could not be read: you may not have permission "
                    + "to open it. Save a copy somewhere you can open it and attach that.");
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new AttachmentException("The file " + fileName + " could not be read (" + e.getMessage() + ").", e);
        }
        if (size == 0) {
            throw empty(fileName);
        }
        if (size > maxBytes) {
            throw tooLarge(fileName, size);
        }
        return size;
    }

    static String mediaTypeOf(Path file, String fileName) {
        try {
            String probed = Files.probeContentType(file);
            if (probed != null && !probed.isBlank()) {
                return probed;
            }
        } catch (IOException | SecurityException ignored) {
            // fall back on the extension
        }
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return KNOWN_TYPES.getOrDefault(extension, UNKNOWN_TYPE);
    }

    private static void moveIntoPlace(Path partial, Path target) throws IOException {
        try {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private AttachmentException tooLarge(String fileName, long size) {
        return new AttachmentException("The file " + fileName + " is " + Attachment.describeSize(size)
                + ", larger than the " + Attachment.describeSize(maxBytes) + " an attachment may be. Nothing was "
                + "attached. Make it smaller (for example, save the PDF at a lower quality) or split it into parts.");
    }

    private static AttachmentException empty(String fileName) {
        return new AttachmentException("The file " + fileName + " is empty (0 bytes), so there is nothing to "
                + "attach. Check that it was saved properly, then attach it again.");
    }

    private static AttachmentException damaged(Attachment a) {
        return new AttachmentException("The attachment " + a.fileName() + " is damaged: its content no longer "
                + "matches the file " + a.addedBy() + " added on " + UkDates.display(a.addedAt().toLocalDate())
                + ". No copy was saved. Restore the database from a backup taken before the damage, or ask for "
                + "the original again.");
    }

    private static AttachmentException gone() {
        return new AttachmentException("This attachment is no longer in the database; someone may have removed "
                + "it. Refresh the list.");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime provides SHA-256", e);
        }
    }
}
