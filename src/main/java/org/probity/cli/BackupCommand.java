package org.probity.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.probity.app.AppContext;
import org.probity.backup.BackupException;
import org.probity.backup.BackupFile;
import org.probity.backup.BackupService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code probity backup [--out FILE]}: a checked backup, into the backups folder or a file of your choice. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Takes a backup of the database and checks it by opening it.%n"
                + "Without --out it goes into the backups folder, where older backups are thinned out.")
public final class BackupCommand implements Callable<Integer> {

    @ParentCommand
    ProbityCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the backup to this .zip file instead.")
    Path out;

    @Override
    public Integer call() {
        if (out != null && !out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
            throw new CommandFailure("a backup is a .zip file; end the --out file name with .zip.");
        }
        try (AppContext context = parent.openContext()) {
            BackupService backups = context.backups().orElseThrow(() ->
                    new CommandFailure("this database is on a server; back it up with the server's own tools."));
            BackupFile taken = out == null ? backups.backUp() : backups.backUpTo(out);
            spec.commandLine().getOut().println("Backup written and checked: " + taken.path());
            return 0;
        } catch (BackupException e) {
            throw new CommandFailure(e.getMessage());
        }
    }
}
