package org.probity.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.probity.app.AppContext;
import org.probity.transfer.EnquiryImportReport;
import org.probity.transfer.EnquiryTransfer;
import org.probity.transfer.TransferException;

/** The {@code enquiries} kind of {@code probity import} and {@code probity export}. */
final class EnquiryFiles {

    static final String KIND = "enquiries";

    private EnquiryFiles() {
    }

    static boolean named(String kind) {
        return kind != null && (kind.trim().equalsIgnoreCase(KIND) || kind.trim().equalsIgnoreCase("enquiry"));
    }

    static EnquiryTransfer transfer(AppContext context) {
        return new EnquiryTransfer(context.enquiries(), context.people(), context.database().session());
    }

    static int importFile(ProbityCommand parent, Path file, boolean dryRun, PrintWriter out, PrintWriter err) {
        try (AppContext context = parent.openContext()) {
            EnquiryTransfer transfer = transfer(context);
            EnquiryImportReport report = dryRun ? transfer.check(file) : transfer.importFile(file);
            return ImportCommand.print(report.warnings(), report.problems(), report.summary(), out, err);
        }
    }

    static int export(ProbityCommand parent, Path file, PrintWriter out) {
        try (AppContext context = parent.openContext()) {
            int count = transfer(context).export(file);
            out.println("Exported " + count + (count == 1 ? " enquiry" : " enquiries") + " to " + file + ".");
            out.flush();
            return 0;
        } catch (TransferException e) {
            throw new CommandFailure(e.getMessage());
        }
    }
}
