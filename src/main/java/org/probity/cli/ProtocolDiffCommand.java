package org.probity.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.probity.app.AppContext;
import org.probity.protocols.ParagraphChange;
import org.probity.protocols.Protocol;
import org.probity.protocols.ProtocolVersion;
import org.probity.protocols.TextRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code probity protocol diff --protocol P --from V1 --to V2 [--format text|markdown]}: the
 * changed paragraphs between two versions. In text, deleted words are shown [-like this-] and
 * inserted words {+like this+}; in Markdown, struck through and bold as committee papers show them.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = "Shows the paragraphs that changed between two versions of a protocol, word by word.")
public final class ProtocolDiffCommand implements Callable<Integer> {

    @ParentCommand
    ProtocolCommand protocol;

    @Spec
    CommandSpec spec;

    @Option(names = "--protocol", required = true, paramLabel = "P", description = "The protocol's title or number.")
    String protocolName;

    @Option(names = "--from", required = true, paramLabel = "V1", description = "The earlier version, e.g. 1.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "V2", description = "The later version, e.g. 2.")
    String to;

    @Option(names = "--format", paramLabel = "text|markdown", defaultValue = "text",
            description = "text: [-deleted-] {+inserted+}; markdown: ~~deleted~~ **inserted** (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--all", description = "Show unchanged paragraphs too.")
    boolean all;

    @Override
    public Integer call() {
        boolean markdown = switch (format.toLowerCase(Locale.ROOT)) {
            case "text" -> false;
            case "markdown", "md" -> true;
            default -> throw new CommandFailure("--format '" + format + "' is not known; use text or markdown.");
        };
        try (AppContext context = protocol.parent.openContextToRead()) {
            Protocol p = context.protocols().find(protocolName).orElseThrow(() -> new CommandFailure(
                    "no protocol is called '" + protocolName + "'; see probity protocol list."));
            ProtocolVersion v1 = version(context, p, from, "--from");
            ProtocolVersion v2 = version(context, p, to, "--to");
            List<ParagraphChange> changes = context.protocols().compare(v1.id(), v2.id());
            PrintWriter out = spec.commandLine().getOut();
            String heading = p.title() + ": changes from " + v1.label().toLowerCase(Locale.ROOT) + " to "
                    + v2.label().toLowerCase(Locale.ROOT);
            out.println(markdown ? "# " + heading : heading);
            out.println();
            int shown = 0;
            for (ParagraphChange c : changes) {
                if (c.kind() == ParagraphChange.Kind.UNCHANGED && !all) {
                    continue;
                }
                shown++;
                out.println(line(c, markdown));
                out.println();
            }
            if (shown == 0) {
                out.println("The two versions say the same.");
            }
            return 0;
        }
    }

    private static ProtocolVersion version(AppContext context, Protocol p, String number, String option) {
        return context.protocols().version(p.id(), number).orElseThrow(() -> new CommandFailure(option + " " + number
                + ": " + p.title() + " has no such version; see probity protocol list."));
    }

    private static String line(ParagraphChange c, boolean markdown) {
        String number = switch (c.kind()) {
            case MOVED -> c.oldNumber() + " → " + c.newNumber();
            default -> c.number();
        };
        StringBuilder s = new StringBuilder();
        s.append(markdown ? "**" + number + "**" : number).append(" (").append(c.kind().label()
                .toLowerCase(Locale.ROOT)).append(") ");
        for (TextRun r : c.runs()) {
            switch (r.kind()) {
                case SAME -> s.append(r.text());
                case DELETED -> s.append(markdown ? "~~" + r.text() + "~~" : "[-" + r.text() + "-]");
                case INSERTED -> s.append(markdown ? "**" + r.text() + "**" : "{+" + r.text() + "+}");
            }
        }
        return s.toString().strip();
    }
}
