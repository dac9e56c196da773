package org.probity.cli;

import java.nio.file.Path;
import org.probity.app.AppContext;
import org.probity.transfer.GroupMeetingImportReport;
import org.probity.transfer.GroupMeetingTransfer;
import org.probity.transfer.TransferException;
import picocli.CommandLine.Model.CommandSpec;

/** {@code probity import group-meetings FILE [--dry-run]} and {@code probity export group-meetings FILE}. */
final class GroupMeetingFiles {

    static final String KIND = "group-meetings";

    private GroupMeetingFiles() {
    }

    static boolean handles(String kind) {
        return kind != null && (KIND.equalsIgnoreCase(kind.trim()) || "group-meeting".equalsIgnoreCase(kind.trim()));
    }

    private static GroupMeetingTransfer transfer(AppContext context) {
        return new GroupMeetingTransfer(context.groupMeetings(), context.people(), context.database().session());
    }

    static int importFile(ProbityCommand parent, CommandSpec spec, Path file, boolean dryRun) {
        try (AppContext context = parent.openContext()) {
            GroupMeetingTransfer transfer = transfer(context);
            GroupMeetingImportReport report = dryRun ? transfer.check(file) : transfer.importFile(file);
            return ImportCommand.print(report.warnings(), report.problems(), report.summary(),
                    spec.commandLine().getOut(), spec.commandLine().getErr());
        }
    }

    static int export(ProbityCommand parent, CommandSpec spec, Path file) {
        try (AppContext context = parent.openContext()) {
            int count = transfer(context).export(file);
            spec.commandLine().getOut().println("Exported " + count
                    + (count == 1 ? " group meeting" : " group meetings") + " to " + file + ".");
            spec.commandLine().getOut().flush();
            return 0;
        } catch (TransferException e) {
            throw new CommandFailure(e.getMessage());
        }
    }
}
