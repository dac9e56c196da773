package org.probity.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.probity.app.AppContext;
import org.probity.backup.BackupException;
import org.probity.backup.Restore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code probity restore FILE}: checks a backup, keeps the current database aside, then puts the backup in place. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Restores the database from a backup. The backup is checked first and the current "
                + "database is kept beside it under another name. Close the window first.")
public final class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    ProbityCommand parent;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The backup (.zip) to restore.")
    Path backup;

    @Override
    public Integer call() {
        try {
            Restore.Result result = Restore.restore(parent.dataDirectory(), backup, parent.passwordFor(backup),
                    Restore.Reason.BY_REQUEST, Clock.system(AppContext.UK));
            spec.commandLine().getOut().println(result.describe());
            return 0;
        } catch (BackupException e) {
            throw new CommandFailure(e.getMessage());
        }
    }
}
