package org.probity.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.probity.app.AppContext;
import org.probity.common.UkDates;
import org.probity.protocols.ImportedDocument;
import org.probity.protocols.Paragraph;
import org.probity.protocols.ProtocolVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code probity protocol import FILE --title T [--adopted D]}: adds a version of a protocol
 * from a text, Markdown or Word (.docx) file, as adopted on D or as a draft.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Adds a version of a protocol from a plain-text, Markdown or Word (.docx) file, split into its"
                + " numbered paragraphs and headings. Without --adopted it is saved as a draft.")
public final class ProtocolImportCommand implements Callable<Integer> {

    @ParentCommand
    ProtocolCommand protocol;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The protocol's text (.txt, .md or .docx).")
    Path file;

    @Option(names = "--title", required = true, paramLabel = "TITLE",
            description = "The protocol's title; a new protocol is made if none has it.")
    String title;

    @Option(names = "--adopted", paramLabel = "DATE",
            description = "The date it was adopted (" + UkDates.ACCEPTED_FORMS + ").")
    String adopted;

    @Option(names = "--adopted-by", paramLabel = "BODY", description = "The body that adopted it, e.g. Council.")
    String adoptedBy;

    @Option(names = "--part", paramLabel = "PART", description = "Where it sits in the constitution, e.g. Part 5.")
    String part;

    @Option(names = "--dry-run", description = "Show the paragraphs found without saving anything.")
    boolean dryRun;

    @Override
    public Integer call() {
        if (!Files.isRegularFile(file)) {
            throw new CommandFailure("cannot find the file " + file + "; give the path of the protocol's text.");
        }
        LocalDate adoptedOn = adopted == null ? null : UkDates.parse(adopted).orElseThrow(() ->
                new CommandFailure("--adopted '" + adopted + "' is not a date; use " + UkDates.ACCEPTED_FORMS + "."));
        try (AppContext context = protocol.parent.openContext()) {
            ImportedDocument doc = context.protocols().readFile(file);
            var out = spec.commandLine().getOut();
            long headings = doc.paragraphs().stream().filter(Paragraph::heading).count();
            String found = doc.paragraphs().size() + " paragraphs (" + headings + " headings)"
                    + (doc.ignoredLines().isEmpty() ? "" : ", " + doc.ignoredLines().size()
                    + " repeated page-header lines left out");
            if (dryRun) {
                for (Paragraph p : doc.paragraphs()) {
                    out.println("  ".repeat(p.depth() - 1) + (p.heading() ? "# " : "") + p.display());
                }
                out.println("Found " + found + " in " + file.getFileName() + "; nothing saved (dry run).");
                return 0;
            }
            ProtocolVersion v = context.protocols().importVersion(title, doc.paragraphs(), adoptedOn, adoptedBy,
                    part, file.getFileName().toString());
            out.println("Imported " + title + " " + v.label() + " ("
                    + (adoptedOn == null ? "draft" : "adopted " + UkDates.display(adoptedOn)) + "): " + found + ".");
            return 0;
        }
    }
}
