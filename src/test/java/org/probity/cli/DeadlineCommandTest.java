package org.probity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.probity.app.AppContext;
import org.probity.calendar.BankHolidayRegion;
import org.probity.people.AuthorityProfile;

class DeadlineCommandTest {

    @TempDir
    Path dataDir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        String[] withDir = new String[args.length + 2];
        withDir[0] = "--data-dir";
        withDir[1] = dataDir.toString();
        System.arraycopy(args, 0, withDir, 2, args.length);
        return Launcher.run(withDir, new PrintWriter(out, true), new PrintWriter(err, true), w -> { });
    }

    @ParameterizedTest(name = "{0} + {1} in {2} = {3}")
    @CsvSource({
            "2026-12-22, 5, england-and-wales, 2026-12-31",
            "2026-12-30, 3, england-and-wales, 2027-01-05",
            "2026-12-30, 3, scotland, 2027-01-06",
            "2026-12-30, 3, northern-ireland, 2027-01-05",
            "2026-04-02, 2, england-and-wales, 2026-04-08",
            "2026-04-02, 2, scotland, 2026-04-07",
            "2026-11-27, 1, scotland, 2026-12-01",
            "2026-11-27, 1, england-and-wales, 2026-11-30",
            "2026-07-10, 1, northern-ireland, 2026-07-14",
            "2027-12-24, 1, england-and-wales, 2027-12-29",
            "2024-03-15, 1, northern-ireland, 2024-03-19",
            "2025-07-11, 1, northern-ireland, 2025-07-15",
            "2024-11-29, 1, scotland, 2024-12-03"
    })
    void printsTheDueDateAsIsoOnItsOwnLine(String from, int days, String region, String due) {
        int code = run("deadline", "--from", from, "--working-days", String.valueOf(days), "--region", region);

        assertThat(code).isZero();
        assertThat(out.toString()).isEqualTo(due + System.lineSeparator());
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void withoutADatabaseOrRegionEnglandAndWalesIsUsedAndNoDatabaseIsCreated() {
        assertThat(run("deadline", "--from", "2026-04-02", "--working-days", "2")).isZero();
        assertThat(out.toString().trim()).isEqualTo("2026-04-08");
        assertThat(dataDir.resolve("probity.mv.db")).doesNotExist();
    }

    @Test
    void theAuthoritysNationAndClosureDaysApplyWhenTheDataFolderHasADatabase() {
        try (AppContext app = AppContext.openEmbedded(dataDir)) {
            app.people().saveProfile(AuthorityProfile.withDefaults("Fife Council", BankHolidayRegion.SCOTLAND));
            app.calendar().addClosureDay(LocalDate.of(2026, 12, 1), "Office move");
        }

        assertThat(run("deadline", "--from", "2026-11-27", "--working-days", "1")).isZero();
        // Monday 30 Nov is St Andrew's Day in Scotland and 1 Dec the authority's closure day.
        assertThat(out.toString().trim()).isEqualTo("2026-12-02");
    }

    @Test
    void explainListsTheSkippedDaysAfterTheDueDate() {
        assertThat(run("deadline", "--from", "2026-12-22", "--working-days", "5", "--explain")).isZero();
        assertThat(out.toString().lines()).containsExactly("2026-12-31", "2026-12-25 Christmas Day",
                "2026-12-26 Saturday (Boxing Day)", "2026-12-27 Sunday", "2026-12-28 Boxing Day (substitute day)");
    }

    @Test
    void anImpossibleDateIsAOneLineError() {
        assertThat(run("deadline", "--from", "2026-02-31", "--working-days", "5")).isEqualTo(1);
        assertThat(err.toString().lines()).containsExactly(
                "probity: --from '2026-02-31' is not a real date in the form yyyy-MM-dd (for example 2026-12-22).");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void anUnknownRegionIsAOneLineErrorNamingTheChoices() {
        assertThat(run("deadline", "--from", "2026-12-22", "--working-days", "5", "--region", "wales"))
                .isEqualTo(1);
        assertThat(err.toString().lines()).containsExactly("probity: unknown --region 'wales'; use one of "
                + "england-and-wales, scotland, northern-ireland.");
    }

    @Test
    void negativeWorkingDaysAreRefused() {
        assertThat(run("deadline", "--from", "2026-12-22", "--working-days", "-3")).isEqualTo(1);
        assertThat(err.toString()).contains("--working-days cannot be negative (it was -3)");
    }

    @Test
    void aMissingOptionIsAUsageError() {
        assertThat(run("deadline", "--from", "2026-12-22")).isEqualTo(2);
        assertThat(err.toString()).contains("--working-days");
    }
}
