package org.probity.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.probity.storage.StorageException;

/** Reads an attachment's content one chunk at a time, so at most one chunk is held in memory. */
final class ChunkInputStream extends InputStream {

    private final AttachmentRepository repository;
    private final Attachment attachment;
    private byte[] chunk = new byte[0];
    private int position;
    private int nextSeq;
    private boolean finished;

    ChunkInputStream(AttachmentRepository repository, Attachment attachment) {
        this.repository = repository;
        this.attachment = attachment;
    }

    @Override
    public int read() throws IOException {
        if (!fill()) {
            return -1;
        }
        return chunk[position++] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (!fill()) {
            return -1;
        }
        int count = Math.min(length, chunk.length - position);
        System.arraycopy(chunk, position, target, offset, count);
        position += count;
        return count;
    }

    @Override
    public int available() {
        return chunk.length - position;
    }

    private boolean fill() throws IOException {
        while (position >= chunk.length) {
            if (finished) {
                return false;
            }
            Optional<byte[]> next;
            try {
                next = repository.chunk(attachment.id(), nextSeq);
            } catch (StorageException e) {
                throw new IOException("The content of " + attachment.fileName() + " could not be read: "
                        + e.getMessage(), e);
            }
            if (next.isEmpty()) {
                finished = true;
                chunk = new byte[0];
                position = 0;
                return false;
            }
            nextSeq++;
            chunk = next.get();
            position = 0;
        }
        return true;
    }
}
