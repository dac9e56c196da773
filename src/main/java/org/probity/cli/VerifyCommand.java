package org.probity.cli;

import java.util.concurrent.Callable;
import org.probity.app.AppContext;
import org.probity.audit.IntegrityReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code probity verify}: reads the whole database and checks every audit entry's seal. */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Checks that the database reads in full and that no audit entry was changed or removed."
                + "%nExits with 1 and names the first broken entry if one was.")
public final class VerifyCommand implements Callable<Integer> {

    @ParentCommand
    ProbityCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (AppContext context = parent.openContext()) {
            IntegrityReport report = context.integrity().check();
            if (report.passed()) {
                spec.commandLine().getOut().println(report.findings().get(0));
                return 0;
            }
            throw new CommandFailure("the check found a problem. " + String.join(" ", report.findings()));
        }
    }
}
