package org.probity.attachments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.probity.storage.schema.Tables.ATTACHMENT;
import static org.probity.storage.schema.Tables.ATTACHMENT_CHUNK;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.probity.app.AppContext;
import org.probity.attachments.persistence.JooqAttachmentRepository;
import org.probity.audit.AuditEntry;
import org.probity.audit.FieldChange;
import org.probity.common.ValidationException;
import org.probity.storage.TestDatabases;

class AttachmentServiceTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/London"));
    private static final String OWNER = "Declaration";

    @TempDir
    Path folder;

    private static AppContext context(TestDatabases.Kind kind) {
        return new AppContext(kind.open(), Optional.empty(), CLOCK, "mo.test");
    }

    private static DSLContext sql(AppContext app) {
        return app.database().session().dsl();
    }

    private Path randomFile(String name, int size, long seed) throws IOException {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return Files.write(folder.resolve(name), bytes);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void aThreeMegabyteFileComesBackByteForByte(TestDatabases.Kind kind) throws IOException {
        try (AppContext app = context(kind)) {
            app.audit().created(OWNER, 7, "REL/2026/007", Map.of("Status", "Declared"));
            Path original = randomFile("letter.pdf", 3 * 1024 * 1024 + 17, 1);

            Attachment added = app.attachments().add(OWNER, 7, original, "Written notification from Cllr Smith");

            assertThat(app.attachments().attachments(OWNER, 7)).singleElement().satisfies(a -> {
                assertThat(a.fileName()).isEqualTo("letter.pdf");
                assertThat(a.mediaType()).isEqualTo("application/pdf");
                assertThat(a.sizeBytes()).isEqualTo(Files.size(original));
                assertThat(a.sizeText()).isEqualTo("3.0 MB");
                assertThat(a.addedBy()).isEqualTo("mo.test");
                assertThat(a.addedAt()).isEqualTo(LocalDateTime.of(2026, 11, 23, 10, 0));
                assertThat(a.note()).isEqualTo("Written notification from Cllr Smith");
            });
            assertThat(sql(app).fetchCount(ATTACHMENT_CHUNK, ATTACHMENT_CHUNK.ATTACHMENT_ID.eq(added.id())))
                    .as("split into 512 KiB chunks").isEqualTo(7);

            Path copy = folder.resolve("out").resolve("copy.pdf");
            Files.createDirectories(copy.getParent());
            app.attachments().saveCopy(added.id(), copy);
            assertThat(Files.mismatch(original, copy)).isEqualTo(-1L);
            assertThat(Files.list(copy.getParent())).as("no temporary file left").containsExactly(copy);
            try (InputStream in = app.attachments().open(added.id())) {
                assertThat(in.readAllBytes()).isEqualTo(Files.readAllBytes(original));
            }

            AuditEntry entry = app.audit().history(OWNER, 7).get(0);
            assertThat(entry.recordLabel()).isEqualTo("REL/2026/007");
            assertThat(entry.user()).isEqualTo("mo.test");
            assertThat(entry.changes()).contains(new FieldChange("Attachment", "", "letter.pdf (3.0 MB)"),
                    new FieldChange("Attachment note", "", "Written notification from Cllr Smith"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void refusesEmptyMissingAndOverLargeFilesNamingThemAndStoresNothing(TestDatabases.Kind kind) throws IOException {
        try (AppContext app = context(kind)) {
            AttachmentService small = new AttachmentService(new JooqAttachmentRepository(app.database().session()),
                    app.database().session(), app.audit(), CLOCK, () -> "mo.test", 1024 * 1024);
            Path empty = Files.createFile(folder.resolve("blank note.docx"));
            Path missing = folder.resolve("advice from counsel.pdf");
            Path large = randomFile("scanned bundle.pdf", 1024 * 1024 + 1, 2);

            assertThatThrownBy(() -> small.add(OWNER, 7, empty, null))
                    .isInstanceOf(AttachmentException.class).hasMessageContaining("blank note.docx")
                    .hasMessageContaining("empty");
            assertThatThrownBy(() -> small.add(OWNER, 7, missing, null))
                    .isInstanceOf(AttachmentException.class).hasMessageContaining("advice from counsel.pdf")
                    .hasMessageContaining("could not be found");
            assertThatThrownBy(() -> small.add(OWNER, 7, large, null))
                    .isInstanceOf(AttachmentException.class).hasMessageContaining("scanned bundle.pdf")
                    .hasMessageContaining("larger than the 1.0 MB");
            assertThatThrownBy(() -> small.add(OWNER, 7, folder, null))
                    .isInstanceOf(AttachmentException.class).hasMessageContaining("is a folder");

            assertThat(sql(app).fetchCount(ATTACHMENT)).isZero();
            assertThat(sql(app).fetchCount(ATTACHMENT_CHUNK)).isZero();
            assertThat(app.audit().history(OWNER, 7)).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void removalIsRecordedInTheOwnersHistoryAndTheContentIsGone(TestDatabases.Kind kind) throws IOException {
        try (AppContext app = context(kind)) {
            Attachment letter = app.attachments().add(OWNER, 7, randomFile("letter.pdf", 86_000, 3), null);
            Attachment advice = app.attachments().add(OWNER, 7, randomFile("advice.docx", 2_000, 4), null);

            assertThatThrownBy(() -> app.attachments().remove(letter.id(), " "))
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.messageFor("reason")).contains("reason"));
            app.attachments().remove(letter.id(), "Sent to the wrong record");

            assertThat(app.attachments().attachments(OWNER, 7)).extracting(Attachment::fileName)
                    .containsExactly("advice.docx");
            assertThat(sql(app).fetchCount(ATTACHMENT_CHUNK, ATTACHMENT_CHUNK.ATTACHMENT_ID.eq(letter.id()))).isZero();
            assertThat(sql(app).fetchCount(ATTACHMENT_CHUNK, ATTACHMENT_CHUNK.ATTACHMENT_ID.eq(advice.id())))
                    .isEqualTo(1);
            assertThatThrownBy(() -> app.attachments().saveCopy(letter.id(), folder.resolve("again.pdf")))
                    .isInstanceOf(AttachmentException.class).hasMessageContaining("no longer in the database");

            List<AuditEntry> history = app.audit().history(OWNER, 7);
            assertThat(history).hasSize(3);
            assertThat(history.get(0).user()).isEqualTo("mo.test");
            assertThat(history.get(0).changes()).containsExactly(
                    new FieldChange("Attachment", "letter.pdf (84 KB)", ""),
                    new FieldChange("Reason for removal", "", "Sent to the wrong record"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void aDamagedAttachmentIsRefusedOnTheWayOutAndNoFileIsLeft(TestDatabases.Kind kind) throws IOException {
        try (AppContext app = context(kind)) {
            Attachment letter = app.attachments().add(OWNER, 7, randomFile("letter.pdf", 1_200_000, 5), null);
            byte[] damaged = new byte[AttachmentService.CHUNK_BYTES];
            new Random(6).nextBytes(damaged);
            sql(app).update(ATTACHMENT_CHUNK).set(ATTACHMENT_CHUNK.BYTES, damaged)
                    .where(ATTACHMENT_CHUNK.ATTACHMENT_ID.eq(letter.id()).and(ATTACHMENT_CHUNK.SEQ.eq(1))).execute();
            Path out = Files.createDirectories(folder.resolve("out"));
            Path existing = Files.writeString(out.resolve("letter.pdf"), "the copy saved last week");

            assertThatThrownBy(() -> app.attachments().saveCopy(letter.id(), existing))
                    .isInstanceOf(AttachmentException.class)
                    .hasMessageContaining("letter.pdf is damaged")
                    .hasMessageContaining("No copy was saved");
            assertThatThrownBy(() -> app.attachments().saveCopy(letter.id(), out.resolve("new.pdf")))
                    .isInstanceOf(AttachmentException.class);

            assertThat(Files.readString(existing)).isEqualTo("the copy saved last week");
            assertThat(Files.list(out)).containsExactly(existing);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void deletingARecordRemovesOnlyItsOwnAttachments(TestDatabases.Kind kind) throws IOException {
        try (AppContext app = context(kind)) {
            app.attachments().add(OWNER, 7, randomFile("one.pdf", 10, 7), null);
            app.attachments().add(OWNER, 7, randomFile("two.pdf", 10, 8), null);
            app.attachments().add(OWNER, 8, randomFile("other.pdf", 10, 9), null);
            app.attachments().add("Complaint", 7, randomFile("complaint.pdf", 10, 10), null);

            assertThat(app.attachments().removeAllFor(OWNER, 7)).isEqualTo(2);

            assertThat(app.attachments().attachments(OWNER, 7)).isEmpty();
            assertThat(app.attachments().attachments(OWNER, 8)).extracting(Attachment::fileName)
                    .containsExactly("other.pdf");
            assertThat(app.attachments().attachments("Complaint", 7)).hasSize(1);
            assertThat(sql(app).fetchCount(ATTACHMENT_CHUNK)).isEqualTo(2);
            assertThat(app.audit().history(OWNER, 7).get(0).changes())
                    .contains(new FieldChange("Reason for removal", "", "The record was deleted."));
        }
    }

    @Test
    void sizesReadAsAFileManagerShowsThem() {
        assertThat(Attachment.describeSize(1)).isEqualTo("1 byte");
        assertThat(Attachment.describeSize(900)).isEqualTo("900 bytes");
        assertThat(Attachment.describeSize(86_000)).isEqualTo("84 KB");
        assertThat(Attachment.describeSize(3 * 1024 * 1024 + 200_000)).isEqualTo("3.2 MB");
        assertThat(Attachment.describeSize(50L * 1024 * 1024)).isEqualTo("50 MB");
    }
}
