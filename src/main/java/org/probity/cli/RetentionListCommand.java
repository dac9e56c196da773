package org.probity.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.probity.app.AppContext;
import org.probity.common.UkDates;
import org.probity.retention.DueRecord;
import org.probity.retention.RetentionRule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code probity retention list [--due]}: the schedule, then the records whose retention has started. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Prints the retention schedule and each record whose retention period has started, with the"
                + " date it is due for disposal and the action. Open records are never listed.")
public final class RetentionListCommand implements Callable<Integer> {

    @ParentCommand
    RetentionCommand retention;

    @Spec
    CommandSpec spec;

    @Option(names = "--due", description = "Only the records due for disposal today or earlier.")
    boolean dueOnly;

    @Override
    public Integer call() {
        try (AppContext context = retention.parent.openContext()) {
            PrintWriter out = spec.commandLine().getOut();
            AlignedTable schedule = new AlignedTable(List.of("Register", "Kept for", "Counted from", "Then"));
            for (RetentionRule rule : context.retention().schedule()) {
                schedule.add(List.of(rule.register().label(), rule.describePeriod(), rule.register().trigger(),
                        rule.action().label()));
            }
            schedule.print(out);
            out.println();
            List<DueRecord> records = context.retention().records(dueOnly);
            if (records.isEmpty()) {
                out.println(dueOnly ? "No records are due for disposal." : "No closed records yet.");
                return 0;
            }
            AlignedTable table = new AlignedTable(List.of("Reference", "Register", "Counted from", "Due", "Action",
                    "Legal hold"));
            for (DueRecord r : records) {
                table.add(List.of(r.reference(), r.register().label(), UkDates.display(r.record().triggerDate()),
                        UkDates.display(r.dueDate()), r.action().label(),
                        r.hold().map(h -> "On hold: " + h.reason()).orElse("")));
            }
            table.print(out);
            long due = records.stream().filter(r -> r.isDue(context.retention().today())).count();
            out.println();
            out.println(records.size() + (records.size() == 1 ? " record, " : " records, ") + due + " due for"
                    + " disposal. Dispose of them with: probity retention apply --approve REF[,REF...]");
            return 0;
        }
    }
}
