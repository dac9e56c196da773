package org.probity.attachments.persistence;

import static org.probity.storage.schema.Tables.ATTACHMENT;
import static org.probity.storage.schema.Tables.ATTACHMENT_CHUNK;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.probity.attachments.Attachment;
import org.probity.attachments.AttachmentRepository;
import org.probity.storage.JooqSession;
import org.probity.storage.StorageException;
import org.probity.storage.StorageMessages;
import org.probity.storage.schema.tables.records.AttachmentRecord;

/**
 * Attachments in {@code attachment}, their content in {@code attachment_chunk}. Content is read
 * one chunk per query, so reading a large file never holds more than one chunk.
 */
public final class JooqAttachmentRepository implements AttachmentRepository {

    private final JooqSession session;

    public JooqAttachmentRepository(JooqSession session) {
        this.session = session;
    }

    private DSLContext dsl() {
        return session.dsl();
    }

    @Override
    public Attachment insert(Attachment a) {
        return described(() -> {
            AttachmentRecord r = dsl().newRecord(ATTACHMENT);
            r.setOwnerType(a.ownerType());
            r.setOwnerId(a.ownerId());
            r.setFileName(a.fileName());
            r.setMediaType(a.mediaType());
            r.setSizeBytes(a.sizeBytes());
            r.setSha256(a.sha256());
            r.setAddedAt(a.addedAt());
            r.setAddedBy(a.addedBy());
            r.setNote(a.note());
            r.store();
            return toAttachment(r);
        });
    }

    @Override
    public void addChunk(long attachmentId, int seq, byte[] bytes, int length) {
        byte[] content = length == bytes.length ? bytes : Arrays.copyOf(bytes, length);
        described(() -> dsl().insertInto(ATTACHMENT_CHUNK)
                .set(ATTACHMENT_CHUNK.ATTACHMENT_ID, attachmentId)
                .set(ATTACHMENT_CHUNK.SEQ, seq)
                .set(ATTACHMENT_CHUNK.BYTES, content)
                .execute());
    }

    @Override
    public void complete(long attachmentId, long sizeBytes, String sha256) {
        described(() -> dsl().update(ATTACHMENT)
                .set(ATTACHMENT.SIZE_BYTES, sizeBytes)
                .set(ATTACHMENT.SHA256, sha256)
                .where(ATTACHMENT.ID.eq(attachmentId))
                .execute());
    }

    @Override
    public Optional<Attachment> find(long id) {
        return described(() -> dsl().selectFrom(ATTACHMENT).where(ATTACHMENT.ID.eq(id)).fetchOptional()
                .map(JooqAttachmentRepository::toAttachment));
    }

    @Override
    public List<Attachment> findByOwner(String ownerType, long ownerId) {
        return described(() -> dsl().selectFrom(ATTACHMENT)
                .where(ATTACHMENT.OWNER_TYPE.eq(ownerType).and(ATTACHMENT.OWNER_ID.eq(ownerId)))
                .orderBy(ATTACHMENT.ADDED_AT, ATTACHMENT.ID)
                .fetch(JooqAttachmentRepository::toAttachment));
    }

    @Override
    public Optional<byte[]> chunk(long attachmentId, int seq) {
        return described(() -> dsl().select(ATTACHMENT_CHUNK.BYTES).from(ATTACHMENT_CHUNK)
                .where(ATTACHMENT_CHUNK.ATTACHMENT_ID.eq(attachmentId).and(ATTACHMENT_CHUNK.SEQ.eq(seq)))
                .fetchOptional(ATTACHMENT_CHUNK.BYTES));
    }

    @Override
    public void delete(long id) {
        described(() -> {
            dsl().deleteFrom(ATTACHMENT_CHUNK).where(ATTACHMENT_CHUNK.ATTACHMENT_ID.eq(id)).execute();
            return dsl().deleteFrom(ATTACHMENT).where(ATTACHMENT.ID.eq(id)).execute();
        });
    }

    private static Attachment toAttachment(AttachmentRecord r) {
        return new Attachment(r.getId(), r.getOwnerType(), r.getOwnerId(), r.getFileName(), r.getMediaType(),
                r.getSizeBytes(), r.getSha256(), r.getAddedAt(), r.getAddedBy(), r.getNote());
    }

    /** Outside a transaction a jOOQ failure would reach the screen raw; give it a sentence instead. */
    private static <T> T described(Supplier<T> work) {
        try {
            return work.get();
        } catch (DataAccessException e) {
            throw new StorageException(StorageMessages.describe(e), e);
        }
    }
}
