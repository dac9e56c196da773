package org.probity.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.probity.app.AppContext;
import org.probity.common.UkDates;
import org.probity.protocols.Protocol;
import org.probity.protocols.ProtocolVersion;
import org.probity.protocols.Review;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code probity protocol list}: every protocol with its versions and any review in progress. */
@Command(name = "list", mixinStandardHelpOptions = true,
        description = "Lists the protocols with their versions, status, adoption and next review dates.")
public final class ProtocolListCommand implements Callable<Integer> {

    @ParentCommand
    ProtocolCommand protocol;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (AppContext context = protocol.parent.openContextToRead()) {
            PrintWriter out = spec.commandLine().getOut();
            List<Protocol> protocols = context.protocols().protocols();
            if (protocols.isEmpty()) {
                out.println("No protocols yet. Add one with: probity protocol import FILE --title TITLE");
                return 0;
            }
            AlignedTable table = new AlignedTable(List.of("Protocol", "Version", "Status", "Adopted", "Adopted by",
                    "Paragraphs", "Next review"), false, true, false, false, false, true, false);
            for (Protocol p : protocols) {
                for (ProtocolVersion v : context.protocols().versions(p.id())) {
                    table.add(List.of(p.title(), String.valueOf(v.number()), v.status().label(), date(v.adoptedOn()),
                            v.adoptedBy() == null ? "" : v.adoptedBy(),
                            String.valueOf(context.protocols().paragraphs(v.id()).size()), date(v.nextReviewOn())));
                }
            }
            table.print(out);
            for (Protocol p : protocols) {
                for (Review r : context.reviews().reviews(p.id())) {
                    if (r.inProgress()) {
                        out.println();
                        out.println("Review in progress: " + context.reviews().label(r) + " ("
                                + context.reviews().steps(r.id()).size() + " approval steps recorded).");
                    }
                }
            }
            return 0;
        }
    }

    private static String date(java.time.LocalDate d) {
        return d == null ? "" : UkDates.display(d);
    }
}
