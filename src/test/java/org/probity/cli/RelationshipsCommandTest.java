package org.probity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probity.app.AppContext;
import org.probity.storage.Database;
import org.probity.transfer.RegisterFixture;

class RelationshipsCommandTest {

    @TempDir
    Path dir;

    private Path first;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int probity(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Launcher.run(args, new PrintWriter(out, true), new PrintWriter(err, true), w -> { });
    }

    /** A data folder on disk with the fixture's people, and its register when asked. */
    private static Path folder(Path dataDir, boolean withRegister) {
        try (AppContext app = new AppContext(Database.openEmbedded(dataDir), Optional.of(dataDir),
                RegisterFixture.CLOCK, "mo.test")) {
            RegisterFixture.people(app.people());
            if (withRegister) {
                RegisterFixture.register(app);
            }
        }
        return dataDir;
    }

    @BeforeEach
    void register() {
        first = folder(dir.resolve("first"), true);
    }

    @Test
    void listPrintsAnAlignedTableWithUkDatesAndOpenFlags() {
        assertThat(probity("--data-dir", first.toString(), "list", "relationships")).isZero();

        assertThat(err.toString()).isEmpty();
        assertThat(out.toString().lines()).containsExactly(
                "Reference      First person     Second person   Kind                 Status             Declared on"
                        + "  Open flags",
                "-------------  ---------------  --------------  -------------------  -----------------  -----------"
                        + "  ----------",
                "REL-2019-0042  Alex Smith       Ruth Okafor     Business             Awaiting decision  1 Jun 2019"
                        + "   1",
                "REL-2025-0001  Sam Patel        Lee Wong        Family               Under review       16 Jun 2025"
                        + "  1",
                "REL-2025-0002  Cllr Tom Baker   Siân O'Neill    Close friendship     Ended              10 Jan 2025"
                        + "  0",
                "REL-2026-0001  Cllr Jane Smith  Ruth Okafor     Partner or romantic  Decided            2 Mar 2026"
                        + "   1",
                "REL-2026-0002  Cllr Tom Baker   Alex Smith      Landlord and tenant  Awaiting decision  2 Nov 2026"
                        + "   0",
                "REL-2026-0003  Cllr Jane Smith  Cllr Tom Baker  Financial            Withdrawn          2 Feb 2026"
                        + "   0");
    }

    @Test
    void listFiltersByStatusAndFlagsAndWritesCsv() {
        assertThat(probity("--data-dir", first.toString(), "list", "relationships", "--status", "Awaiting decision",
                "--flagged", "--format", "csv")).isZero();

        assertThat(out.toString().lines()).containsExactly(
                "Reference,First person,Second person,Kind,Status,Declared on,Open flags",
                "REL-2019-0042,Alex Smith,Ruth Okafor,Business,Awaiting decision,2019-06-01,1");

        assertThat(probity("--data-dir", first.toString(), "list", "relationships", "--status", "ended")).isZero();
        assertThat(out.toString()).contains("REL-2025-0002").doesNotContain("REL-2026");

        assertThat(probity("--data-dir", first.toString(), "list", "relationships", "--status", "withdrawn",
                "--flagged")).isZero();
        assertThat(out.toString().strip()).isEqualTo("No declarations match.");
    }

    @Test
    void anUnknownStatusIsOneLineListingTheAcceptedValues() {
        int code = probity("--data-dir", first.toString(), "list", "relationships", "--status", "pending");

        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().strip()).isEqualTo("probity: unknown --status 'pending'; use one of"
                + " awaiting-decision, decided, under-review, ended, withdrawn.");
    }

    @Test
    void listWithoutARegisterSaysWhichThereAre() {
        assertThat(probity("--data-dir", first.toString(), "list")).isEqualTo(1);
        assertThat(err.toString().strip())
                .isEqualTo("probity: say which register to list: relationships, group-meetings, enquiries, complaints (for example: probity list"
                        + " relationships).");
    }

    @Test
    void exportedRelationshipsImportIntoAFolderWithTheSamePeopleAndExportTheSameAgain() throws Exception {
        Path second = folder(dir.resolve("second"), false);
        Path exported = dir.resolve("register.csv");

        assertThat(probity("--data-dir", first.toString(), "export", "relationships", exported.toString())).isZero();
        assertThat(out.toString().strip()).isEqualTo("Exported 6 declarations to " + exported + ".");
        assertThat(Files.readString(exported)).doesNotContain("Description").doesNotContain("Brothers");

        assertThat(probity("--data-dir", second.toString(), "import", "relationships", exported.toString(),
                "--dry-run")).isZero();
        assertThat(out.toString().strip()).isEqualTo("6 declarations would be imported; no problems found.");
        assertThat(probity("--data-dir", second.toString(), "import", "relationships", exported.toString()))
                .isZero();
        assertThat(out.toString().strip()).isEqualTo("Imported 6 declarations.");

        Path again = dir.resolve("again.csv");
        assertThat(probity("--data-dir", second.toString(), "export", "relationships", again.toString())).isZero();
        assertThat(Files.readString(again)).isEqualTo(Files.readString(exported));

        Path confidential = dir.resolve("confidential.xlsx");
        assertThat(probity("--data-dir", first.toString(), "export", "relationships", confidential.toString(),
                "--include-confidential")).isZero();
        assertThat(out.toString().strip()).isEqualTo("Exported 6 declarations, with their confidential"
                + " descriptions, to " + confidential + ".");
    }

    @Test
    void importProblemsArePrintedOnePerLineAndNothingIsImported() throws Exception {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "First person,Second person,Kind,Declared on,How,Declared to\n"
                + "Cllr Jo Bloggs,Ruth Okafor,Family,2026-01-05,In writing,Monitoring Officer\n"
                + "Cllr Tom Baker,Lee Wong,Family,31/02/2026,In writing,Monitoring Officer\n");
        int before;
        try (AppContext app = AppContext.openEmbedded(first)) {
            before = app.relationships().count();
        }

        int code = probity("--data-dir", first.toString(), "import", "relationships", file.toString());

        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().lines()).containsExactly(
                "Row 2, column 'First person': no member called 'Cllr Jo Bloggs' is in the people directory.",
                "Row 3, column 'Declared on': 31/02/2026 is not a real date (use 23/11/2026, 23 Nov 2026 or"
                        + " 2026-11-23).",
                "Nothing was imported: the file has 2 problems.");
        try (AppContext app = AppContext.openEmbedded(first)) {
            assertThat(app.relationships().count()).isEqualTo(before);
        }
    }

    @Test
    void includeConfidentialIsRefusedForPeople() {
        int code = probity("--data-dir", first.toString(), "export", "officers", dir.resolve("o.csv").toString(),
                "--include-confidential");

        assertThat(code).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("probity: --include-confidential applies only to"
                + " relationships; officers have no confidential descriptions.");
    }
}
