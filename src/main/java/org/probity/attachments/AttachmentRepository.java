package org.probity.attachments;

import java.util.List;
import java.util.Optional;

/** Where attachments and their content are kept; content goes in and comes out one chunk at a time. */
public interface AttachmentRepository {

    /** Stores the description (its id is ignored) and returns it with the id given to it. */
    Attachment insert(Attachment attachment);

    void addChunk(long attachmentId, int seq, byte[] bytes, int length);

    /** Records the size and checksum once all the content has been written. */
    void complete(long attachmentId, long sizeBytes, String sha256);

    Optional<Attachment> find(long id);

    /** The owner's attachments, oldest first. */
    List<Attachment> findByOwner(String ownerType, long ownerId);

    /** The content's chunk {@code seq} (from 0), or empty when there is no such chunk. */
    Optional<byte[]> chunk(long attachmentId, int seq);

    /** Deletes the attachment and all of its content. */
    void delete(long id);
}
