package org.probity.protocols.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probity.app.AppContext;
import org.probity.protocols.Paragraph;
import org.probity.protocols.ProtocolVersion;
import org.probity.storage.TestDatabases;
import org.probity.ui.ImmediateBackgroundTasks;

class ImportPreviewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneId.of("Europe/London"));

    @TempDir
    Path dir;

    @Test
    void theSplitIsCorrectedBeforeSavingAndTheSavedVersionHasTheCorrections() throws Exception {
        Path file = Files.writeString(dir.resolve("p.txt"), """
                PROTOCOL ON BRIEFINGS

                1.1 Briefings are confidential. Officers keep a note of them.

                1.2 Groups are offered the same briefing.

                Continued from a page that was cut short.
                """);
        try (AppContext app = new AppContext(TestDatabases.h2(), Optional.empty(), CLOCK, "tester")) {
            ImportPreviewModel model = new ImportPreviewModel(app.protocols(), new ImmediateBackgroundTasks());
            model.fileProperty().set(file.toString());

            model.read();
            assertThat(model.titleProperty().get()).isEqualTo("PROTOCOL ON BRIEFINGS");
            assertThat(model.paragraphs()).extracting(Paragraph::number).containsExactly("", "1.1", "1.2", "");

            model.mergeWithPrevious(3);
            model.split(1, "Briefings are confidential. ".length());
            model.renumber(2, "1.2");
            model.renumber(3, "1.3");
            model.toggleHeading(0);
            model.titleProperty().set("Briefings Protocol");
            model.adoptedOnProperty().set(LocalDate.of(2025, 1, 14));
            AtomicReference<ProtocolVersion> saved = new AtomicReference<>();
            model.save(saved::set);

            assertThat(model.problemProperty().get()).isEmpty();
            assertThat(app.protocols().paragraphs(saved.get().id()))
                    .extracting(Paragraph::number, Paragraph::heading, Paragraph::text).containsExactly(
                            org.assertj.core.groups.Tuple.tuple("", false, "PROTOCOL ON BRIEFINGS"),
                            org.assertj.core.groups.Tuple.tuple("1.1", false, "Briefings are confidential."),
                            org.assertj.core.groups.Tuple.tuple("1.2", false, "Officers keep a note of them."),
                            org.assertj.core.groups.Tuple.tuple("1.3", false, "Groups are offered the same briefing. "
                                    + "Continued from a page that was cut short."));
            assertThat(model.paragraphs()).isEmpty();
        }
    }

    @Test
    void aMissingFileIsExplainedAndNothingIsSaved() {
        try (AppContext app = new AppContext(TestDatabases.h2(), Optional.empty(), CLOCK, "tester")) {
            ImportPreviewModel model = new ImportPreviewModel(app.protocols(), new ImmediateBackgroundTasks());
            model.fileProperty().set(dir.resolve("missing.md").toString());

            model.read();

            assertThat(model.problemProperty().get()).startsWith("Could not read missing.md");
            assertThat(app.protocols().protocols()).isEmpty();
        }
    }
}
