package org.probity.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.probity.app.AppContext;
import org.probity.calendar.BankHolidayRegion;
import org.probity.calendar.CalendarService;
import org.probity.calendar.Deadline;
import org.probity.calendar.JollydayHolidays;
import org.probity.calendar.SkippedDay;
import org.probity.calendar.WorkingDayCalendar;
import org.probity.storage.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code probity deadline}: the due date a number of working days after a date, as a register
 * would count it. With a database in the data folder, the authority's nation, closure days and
 * announced bank holidays apply; without one, England and Wales with no local changes.
 */
@Command(name = "deadline", mixinStandardHelpOptions = true,
        description = "Prints the date N working days after a date received (the day received is not counted).")
public final class DeadlineCommand implements Callable<Integer> {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);

    @ParentCommand
    ProbityCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "yyyy-MM-dd", description = "The date received.")
    String from;

    @Option(names = "--working-days", required = true, paramLabel = "N", description = "Working days to count.")
    int workingDays;

    @Option(names = "--region", paramLabel = "NATION",
            description = "england-and-wales, scotland or northern-ireland (default: the authority's, "
                    + "or england-and-wales when there is no database).")
    String region;

    @Option(names = "--explain", description = "Also list the days skipped and why, one a line.")
    boolean explain;

    @Override
    public Integer call() {
        LocalDate received = parseDate(from);
        if (workingDays < 0) {
            throw new CommandFailure("--working-days cannot be negative (it was " + workingDays + ").");
        }
        BankHolidayRegion chosen = region == null ? null : BankHolidayRegion.parse(region).orElseThrow(() ->
                new CommandFailure("unknown --region '" + region + "'; use one of "
                        + Arrays.stream(BankHolidayRegion.values()).map(BankHolidayRegion::optionName)
                        .collect(Collectors.joining(", ")) + "."));
        Deadline deadline = count(received, chosen);
        PrintWriter out = spec.commandLine().getOut();
        out.println(deadline.due());
        if (explain) {
            for (SkippedDay day : deadline.skipped()) {
                out.println(day.date() + " " + day.reason());
            }
        }
        out.flush();
        return 0;
    }

    private Deadline count(LocalDate received, BankHolidayRegion chosen) {
        Path dataDir = parent.dataDirectory();
        if (!Files.exists(dataDir.resolve(Database.FILE_NAME + ".mv.db"))) {
            BankHolidayRegion nation = chosen == null ? BankHolidayRegion.ENGLAND_AND_WALES : chosen;
            return new WorkingDayCalendar(nation, new JollydayHolidays(), List.of(), List.of())
                    .due(received, workingDays);
        }
        try (AppContext app = parent.openContextToRead()) {
            CalendarService calendar = app.calendar();
            WorkingDayCalendar working = chosen == null ? calendar.calendar() : calendar.calendar(chosen);
            return working.due(received, workingDays);
        }
    }

    private static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text.trim(), ISO);
        } catch (DateTimeParseException e) {
            throw new CommandFailure("--from '" + text + "' is not a real date in the form yyyy-MM-dd "
                    + "(for example 2026-12-22).");
        }
    }
}
