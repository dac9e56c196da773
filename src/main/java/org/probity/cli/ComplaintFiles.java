package org.probity.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.probity.app.AppContext;
import org.probity.common.ValidationException;
import org.probity.transfer.ComplaintImportReport;
import org.probity.transfer.ComplaintTransfer;
import org.probity.transfer.TransferException;

/** The {@code complaints} kind of {@code probity import} and {@code probity export}. */
final class ComplaintFiles {

    static final String KIND = "complaints";

    private ComplaintFiles() {
    }

    static boolean named(String kind) {
        return kind != null && (kind.trim().equalsIgnoreCase(KIND) || kind.trim().equalsIgnoreCase("complaint"));
    }

    static ComplaintTransfer transfer(AppContext context) {
        return new ComplaintTransfer(context.complaints(), context.people(), context.database().session());
    }

    static int importFile(ProbityCommand parent, Path file, boolean dryRun, PrintWriter out, PrintWriter err) {
        try (AppContext context = parent.openContext()) {
            ComplaintTransfer transfer = transfer(context);
            ComplaintImportReport report = dryRun ? transfer.check(file) : transfer.importFile(file);
            return ImportCommand.print(report.warnings(), report.problems(), report.summary(), out, err);
        }
    }

    static int export(ProbityCommand parent, Path file, boolean includeConfidential, PrintWriter out) {
        try (AppContext context = parent.openContext()) {
            int count = transfer(context).export(file, includeConfidential);
            out.println("Exported " + count + (count == 1 ? " complaint" : " complaints")
                    + (includeConfidential ? ", with complainants, subjects and summaries," : "") + " to " + file
                    + ".");
            out.flush();
            return 0;
        } catch (TransferException e) {
            throw new CommandFailure(e.getMessage());
        } catch (ValidationException e) {
            throw new CommandFailure(e.problems().get(0).message());
        }
    }
}
