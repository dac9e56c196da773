package org.probity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probity.app.AppContext;
import org.probity.demo.DemoProtocols;
import org.probity.protocols.ParagraphChange;
import org.probity.protocols.Protocol;
import org.probity.protocols.ProtocolVersion;
import org.probity.protocols.Review;
import org.probity.protocols.VersionStatus;

class ProtocolCommandsTest {

    @TempDir
    Path dir;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int probity(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Launcher.run(args, new PrintWriter(out, true), new PrintWriter(err, true), w -> { });
    }

    @Test
    void importsTwoVersionsListsThemAndShowsTheWordsThatChanged() throws Exception {
        Path data = dir.resolve("data");
        Path v1 = Files.writeString(dir.resolve("v1.md"), """
                ## 7. Members' enquiries

                7.1 Officers answer enquiries within ten working days.

                7.2 A refusal is explained in writing.
                """);
        Path v2 = Files.writeString(dir.resolve("v2.md"), """
                ## 7. Members' enquiries

                7.1 Officers answer enquiries within five working days.

                7.2 A holding reply is sent when an answer will take longer.

                7.3 A refusal is explained in writing.
                """);

        assertThat(probity("--data-dir", data.toString(), "protocol", "import", v1.toString(), "--title",
                "Member/Officer Relations Protocol", "--adopted", "2 Mar 2021")).isZero();
        assertThat(out.toString()).isEqualTo("Imported Member/Officer Relations Protocol Version 1 (adopted"
                + " 2 Mar 2021): 3 paragraphs (1 headings).\n");
        assertThat(probity("--data-dir", data.toString(), "protocol", "import", v2.toString(), "--title",
                "member/officer relations protocol", "--adopted", "2024-01-16", "--adopted-by", "Council")).isZero();

        assertThat(probity("--data-dir", data.toString(), "protocol", "list")).isZero();
        assertThat(out.toString()).contains("Superseded").contains("2 Mar 2021").contains("16 Jan 2024")
                .contains("Council").contains("16 Jan 2026");

        assertThat(probity("--data-dir", data.toString(), "protocol", "diff", "--protocol",
                "Member/Officer Relations Protocol", "--from", "1", "--to", "2")).isZero();
        assertThat(out.toString()).contains("7.1 (changed) Officers answer enquiries within [-ten-] {+five+} working"
                        + " days.")
                .contains("7.2 (added) {+A holding reply is sent when an answer will take longer.+}")
                .contains("7.2 → 7.3 (moved or renumbered) A refusal is explained in writing.")
                .doesNotContain("Members' enquiries");

        assertThat(probity("--data-dir", data.toString(), "protocol", "diff", "--protocol",
                "Member/Officer Relations Protocol", "--from", "1", "--to", "2", "--format", "markdown")).isZero();
        assertThat(out.toString()).contains("**7.1** (changed) Officers answer enquiries within ~~ten~~ **five**");
    }

    @Test
    void aMissingVersionOrUnknownFormatIsOneClearLine() throws Exception {
        Path data = dir.resolve("data");
        Path v1 = Files.writeString(dir.resolve("v1.txt"), "1.1 Officers answer enquiries promptly.\n");
        probity("--data-dir", data.toString(), "protocol", "import", v1.toString(), "--title", "Protocol");

        assertThat(probity("--data-dir", data.toString(), "protocol", "diff", "--protocol", "Protocol", "--from",
                "1", "--to", "3")).isEqualTo(1);
        assertThat(err.toString()).isEqualTo("probity: --to 3: Protocol has no such version; see probity protocol"
                + " list.\n");
        assertThat(probity("--data-dir", data.toString(), "protocol", "import", dir.resolve("nope.md").toString(),
                "--title", "Protocol")).isEqualTo(1);
        assertThat(err.toString()).startsWith("probity: cannot find the file ");
    }

    @Test
    void theDemoProtocolHasTwoAdoptedVersionsAndAReviewAtItsSecondCommittee() {
        try (AppContext app = AppContext.openEmbedded(dir.resolve("demo"))) {
            new DemoProtocols(app.protocols(), app.reviews(), app.clock()).load();

            Protocol p = app.protocols().protocols().get(0);
            assertThat(app.protocols().versions(p.id())).extracting(ProtocolVersion::status).containsExactly(
                    VersionStatus.SUPERSEDED, VersionStatus.ADOPTED, VersionStatus.DRAFT);
            ProtocolVersion v1 = app.protocols().versions(p.id()).get(0);
            ProtocolVersion v2 = app.protocols().versions(p.id()).get(1);
            assertThat(app.protocols().paragraphs(v1.id())).hasSizeBetween(40, 60)
                    .anySatisfy(x -> assertThat(x.number()).isEqualTo("8.2.2"))
                    .anySatisfy(x -> assertThat(x.number()).isEqualTo("(a)"));
            assertThat(app.protocols().compare(v1.id(), v2.id())).extracting(ParagraphChange::kind)
                    .contains(ParagraphChange.Kind.MOVED, ParagraphChange.Kind.ADDED, ParagraphChange.Kind.CHANGED);
            Review review = app.reviews().reviews(p.id()).get(0);
            assertThat(review.inProgress()).isTrue();
            assertThat(app.reviews().steps(review.id())).hasSize(3)
                    .satisfies(steps -> assertThat(steps.get(0).decision()).isNotNull())
                    .satisfies(steps -> assertThat(steps.get(1).decision()).isNull());
            assertThat(app.reviews().adoptionBlocked(review.id())).isPresent();
        }
    }
}
