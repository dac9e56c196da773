package org.probity.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.probity.app.AppContext;
import org.probity.retention.DisposalAction;
import org.probity.retention.DisposalLogEntry;
import org.probity.retention.RetentionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code probity retention apply --approve REF[,REF…]}: disposes of the named records, all or none. */
@Command(name = "apply", mixinStandardHelpOptions = true,
        description = "Disposes of the records named, as the retention schedule says (anonymise or delete), with"
                + " their attachments and the personal values in their history, and logs each disposal."
                + "%nRefuses them all, naming them, if any is not due or is on legal hold.")
public final class RetentionApplyCommand implements Callable<Integer> {

    @ParentCommand
    RetentionCommand retention;

    @Spec
    CommandSpec spec;

    @Option(names = "--approve", required = true, split = ",", paramLabel = "REF",
            description = "The references approved for disposal, separated by commas,"
                    + " e.g. CMP-2019-0004,ENQ-2023-00012.")
    List<String> references;

    @Override
    public Integer call() {
        try (AppContext context = retention.parent.openContext()) {
            PrintWriter out = spec.commandLine().getOut();
            List<DisposalLogEntry> done;
            try {
                done = context.retention().dispose(references);
            } catch (RetentionException e) {
                throw new CommandFailure(e.getMessage());
            }
            for (DisposalLogEntry e : done) {
                out.println(e.reference() + " (" + e.register().label() + "): "
                        + (e.action() == DisposalAction.DELETE ? "deleted" : "anonymised") + "; "
                        + e.attachmentsRemoved() + (e.attachmentsRemoved() == 1 ? " attachment" : " attachments")
                        + " deleted; " + e.auditEntriesRedacted() + (e.auditEntriesRedacted() == 1 ? " history entry"
                        : " history entries") + " redacted.");
            }
            out.println(done.get(0).backupsNote());
            return 0;
        }
    }
}
