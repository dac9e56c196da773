package org.probity.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.probity.app.AppContext;
import org.probity.common.ValidationException;
import org.probity.relationships.Declaration;
import org.probity.relationships.DeclarationStatus;
import org.probity.relationships.NotificationMethod;
import org.probity.relationships.NotifiedTo;
import org.probity.relationships.Reference;
import org.probity.relationships.RelationshipKind;
import org.probity.storage.TestDatabases;

class DeclarationTransferTest {

    private static final String HEADER = "Reference,First person,Second person post,Second person,Kind,Declared on,"
            + "How,Declared to,Decision,Reasons,Decided on,Decided by,Review date\n";

    @TempDir
    Path dir;

    private static AppContext withPeople(TestDatabases.Kind kind) {
        AppContext app = new AppContext(kind.open(), Optional.empty(), RegisterFixture.CLOCK, "mo.test");
        RegisterFixture.people(app.people());
        return app;
    }

    private static AppContext withRegister(TestDatabases.Kind kind) {
        AppContext app = withPeople(kind);
        RegisterFixture.register(app);
        return app;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void anExportImportsIntoAnotherFolderWithTheSamePeopleAsTheSameRegister(TestDatabases.Kind kind)
            throws Exception {
        for (String extension : List.of("csv", "xlsx")) {
            try (AppContext first = withRegister(kind); AppContext second = withPeople(kind)) {
                Path file = dir.resolve("register." + extension);
                assertThat(first.relationshipTransfer().export(file, true)).isEqualTo(6);

                DeclarationImportReport checked = second.relationshipTransfer().check(file);
                assertThat(checked.problems()).isEmpty();
                assertThat(checked.summary()).isEqualTo("6 declarations would be imported; no problems found.");
                assertThat(second.relationships().count()).isZero();

                DeclarationImportReport imported = second.relationshipTransfer().importFile(file);
                assertThat(imported.summary()).isEqualTo("Imported 6 declarations.");
                assertThat(RegisterFixture.describe(second)).isEqualTo(RegisterFixture.describe(first));
                assertThat(second.relationships().declarations()).extracting(Declaration::status)
                        .containsExactlyInAnyOrder(DeclarationStatus.values()[0], DeclarationStatus.DECIDED,
                                DeclarationStatus.UNDER_REVIEW, DeclarationStatus.ENDED, DeclarationStatus.WITHDRAWN,
                                DeclarationStatus.AWAITING_DECISION);
                Declaration old = second.relationships().declaration(new Reference(2019, 42)).orElseThrow();
                assertThat(second.relationships().history(old.id())).isNotEmpty();

                if (extension.equals("csv")) {
                    Path again = dir.resolve("again.csv");
                    second.relationshipTransfer().export(again, true);
                    assertThat(Files.readString(again)).isEqualTo(Files.readString(file));
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void theConfidentialDescriptionIsExportedOnlyWhenAskedFor(TestDatabases.Kind kind) throws Exception {
        try (AppContext app = withRegister(kind)) {
            Path open = dir.resolve("open.csv");
            Path confidential = dir.resolve("confidential.csv");
            app.relationshipTransfer().export(open, false);
            app.relationshipTransfer().export(confidential, true);

            String openText = Files.readString(open);
            assertThat(openText.lines().findFirst().orElseThrow()).doesNotContain("Description")
                    .startsWith("\uFEFFReference,First person type,First person,");
            assertThat(openText).doesNotContain("Married in 2019").doesNotContain("Brothers")
                    .doesNotContain("Co-directors of a bakery")
                    .contains("Tell the Leader (by letter) (A. Mensah) due 2026-03-20 done 2026-03-18; Update the"
                            + " scheme of delegation (Siân O'Neill) due 2026-04-30");
            assertThat(Files.readString(confidential)).contains("Description").contains("Married in 2019")
                    .contains("Brothers");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void aDryRunListsOneProblemPerBadCellAndNeitherItNorTheImportChangesAnything(TestDatabases.Kind kind)
            throws Exception {
        try (AppContext app = withRegister(kind)) {
            Path file = dir.resolve("bad.csv");
            Files.writeString(file, HEADER
                    + "REL-2026-0100,Cllr Jo Bloggs,,Ruth Okafor,Family,2026-01-05,In writing,Monitoring Officer,,,,,\n"
                    + "REL-2026-0101,Cllr Tom Baker,,Alex Smith,Business,2026-01-05,In writing,Monitoring Officer,,,,,\n"
                    + "REL-2026-0102,Cllr Tom Baker,,Lee Wong,Family,31/02/2026,E-mail,Line manager,,,,,\n"
                    + "REL-2026-0103,Tom Baker,,Sam Patel,Partner or romantic,2026-04-01,at a meeting,mo,"
                    + "Note on file,Low risk,2026-04-08,Siân O'Neill,2026-03-01\n"
                    + "REL-2026-0104,Cllr Tom Baker,,Ruth Okafor,Cousin,2026-01-05,In writing,Monitoring Officer,,,,,\n"
                    + "REL-2026-0105,Councillor Tom Baker,Planner,Alex Smith,Close friendship,5 Jan 2026,Letter,"
                    + "Director,,,,,\n"
                    + "REL-2019-0042,Cllr Tom Baker,,Ruth Okafor,Family,2026-01-05,In writing,Monitoring Officer,,,,,\n");
            int declarations = app.relationships().count();
            int audit = RegisterFixture.auditEntries(app);

            DeclarationImportReport checked = app.relationshipTransfer().check(file);
            DeclarationImportReport imported = app.relationshipTransfer().importFile(file);

            assertThat(checked.problems()).extracting(ImportProblem::describe).containsExactly(
                    "Row 2, column 'First person': no member called 'Cllr Jo Bloggs' is in the people directory.",
                    "Row 3, column 'Second person': 'Alex Smith' could be any of Alex Smith (Planner, staff number"
                            + " E4), Alex Smith (Housing Officer, staff number E5); add the post or staff number to"
                            + " say which.",
                    "Row 4, column 'Declared on': 31/02/2026 is not a real date (use 23/11/2026, 23 Nov 2026 or"
                            + " 2026-11-23).",
                    "Row 5, column 'Review date': The review date (1 Mar 2026) cannot be before the date declared"
                            + " (1 Apr 2026).",
                    "Row 6, column 'Kind': 'Cousin' is not a kind of relationship Probity knows; use one of Family,"
                            + " Partner or romantic, Close friendship, Business, Financial, Other.",
                    "Row 8, column 'Reference': duplicate: REL-2019-0042 is already in the register.");
            assertThat(checked.summary()).isEqualTo("Nothing was imported: the file has 6 problems.");
            assertThat(imported.problems()).isEqualTo(checked.problems());
            assertThat(imported.imported()).isFalse();
            assertThat(app.relationships().count()).isEqualTo(declarations);
            assertThat(RegisterFixture.auditEntries(app)).isEqualTo(audit);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void aGoodFileWithoutReferencesGetsTheNextReferencesOfEachYear(TestDatabases.Kind kind) throws Exception {
        try (AppContext app = withRegister(kind)) {
            Path file = dir.resolve("new.csv");
            Files.writeString(file, "first party;person 2;second staff number;relationship;date declared;method;"
                    + "to whom;Notes\n"
                    + "Cllr Tom Baker;Sam Patel;;friend;2026-11-20;email;MO;met at the count\n"
                    + "Lee Wong;Alex Smith;E5;Family;2019-12-01;In writing;Line manager;\n");

            DeclarationImportReport report = app.relationshipTransfer().importFile(file);

            assertThat(report.warnings()).extracting(ImportProblem::describe).containsExactly(
                    "Row 1, column 'Notes': Probity does not keep this for declarations, so the column is ignored.");
            assertThat(report.problems()).isEmpty();
            assertThat(app.relationships().declaration(Reference.parse("REL-2026-0004").orElseThrow()))
                    .hasValueSatisfying(d -> {
                        assertThat(d.kind()).isEqualTo(RelationshipKind.CLOSE_FRIENDSHIP);
                        assertThat(d.how()).isEqualTo(NotificationMethod.EMAIL);
                        assertThat(d.status()).isEqualTo(DeclarationStatus.AWAITING_DECISION);
                    });
            assertThat(app.relationships().declaration(new Reference(2019, 43))).isPresent();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void aKeptReferenceAlreadyInTheRegisterIsRefusedByName(TestDatabases.Kind kind) {
        try (AppContext app = withRegister(kind)) {
            Declaration again = Declaration.declared(RegisterFixture.member(app.people(), "Baker"),
                    RegisterFixture.officer(app.people(), "E1"), RelationshipKind.FAMILY, null, null,
                    RegisterFixture.member(app.people(), "Baker"), LocalDate.of(2026, 1, 5),
                    NotificationMethod.IN_WRITING, NotifiedTo.MONITORING_OFFICER, null);

            assertThatThrownBy(() -> app.relationships().declare(again, new Reference(2019, 42)))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.messageFor("reference"))
                            .isEqualTo("REL-2019-0042 is already in the register."));
            assertThat(app.relationships().count()).isEqualTo(6);
            assertThat(app.relationships().declare(again).reference()).isEqualTo(new Reference(2026, 4));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.probity.storage.TestDatabases#all")
    void twoMembersOfTheSameNameAreToldApartByWhoWasInOfficeWhenItWasDeclared(TestDatabases.Kind kind)
            throws Exception {
        try (AppContext app = withPeople(kind)) {
            for (int start : List.of(2012, 2022)) {
                app.people().saveMember(new org.probity.people.Member(null, "Cllr", "Pat", "Jones",
                        org.probity.people.MemberKind.ELECTED, LocalDate.of(start, 5, 3),
                        start == 2012 ? LocalDate.of(2016, 5, 5) : null, null, List.of(), List.of(), List.of()));
            }
            Path file = dir.resolve("jones.csv");
            Files.writeString(file, "First person,Second person,Kind,Declared on,How,Declared to\n"
                    + "Cllr Pat Jones,Ruth Okafor,Family,2014-01-06,In writing,Monitoring Officer\n"
                    + "Cllr Pat Jones,Lee Wong,Family,2024-01-08,In writing,Monitoring Officer\n");

            DeclarationImportReport report = app.relationshipTransfer().importFile(file);

            assertThat(report.problems()).isEmpty();
            List<Declaration> imported = app.relationships().declarations();
            assertThat(imported).hasSize(2);
            assertThat(imported.get(0).partyA()).isNotEqualTo(imported.get(1).partyA());
            assertThat(app.people().member(imported.get(0).partyA().id()).orElseThrow().termStart().getYear())
                    .isEqualTo(2012);
        }
    }
}
