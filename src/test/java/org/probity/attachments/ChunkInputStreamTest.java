package org.probity.attachments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChunkInputStreamTest {

    /** Holds content in memory and notes which chunks were asked for. */
    private static final class Chunks implements AttachmentRepository {
        final List<byte[]> content = new ArrayList<>();
        final List<Integer> fetched = new ArrayList<>();

        @Override
        public Attachment insert(Attachment attachment) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void addChunk(long attachmentId, int seq, byte[] bytes, int length) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void complete(long attachmentId, long sizeBytes, String sha256) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Attachment> find(long id) {
            return Optional.empty();
        }

        @Override
        public List<Attachment> findByOwner(String ownerType, long ownerId) {
            return List.of();
        }

        @Override
        public Optional<byte[]> chunk(long attachmentId, int seq) {
            fetched.add(seq);
            return seq < content.size() ? Optional.of(content.get(seq)) : Optional.empty();
        }

        @Override
        public void delete(long id) {
            throw new UnsupportedOperationException();
        }
    }

    private static final Attachment LETTER = new Attachment(1, "Declaration", 7, "letter.pdf", "application/pdf", 6,
            "", LocalDateTime.of(2026, 11, 23, 10, 0), "mo.test", null);

    @Test
    void readsEachChunkOnlyWhenItIsReachedSoLargeFilesAreNeverHeldWhole() throws IOException {
        Chunks chunks = new Chunks();
        chunks.content.add(new byte[] {1, 2, 3});
        chunks.content.add(new byte[] {4, 5});
        chunks.content.add(new byte[] {6});

        try (InputStream in = new ChunkInputStream(chunks, LETTER)) {
            assertThat(in.readNBytes(2)).containsExactly(1, 2);
            assertThat(chunks.fetched).containsExactly(0);
            assertThat(in.readNBytes(2)).containsExactly(3, 4);
            assertThat(chunks.fetched).containsExactly(0, 1);
            assertThat(in.readAllBytes()).containsExactly(5, 6);
            assertThat(in.read()).isEqualTo(-1);
        }
        assertThat(chunks.fetched).containsExactly(0, 1, 2, 3);
    }
}
