package org.probity.cli;

import java.util.concurrent.Callable;
import org.probity.app.AppContext;
import org.probity.demo.DemoAuthority;
import org.probity.demo.DemoComplaints;
import org.probity.demo.DemoDeclarationSummary;
import org.probity.demo.DemoDeclarations;
import org.probity.demo.DemoGroupMeetings;
import org.probity.demo.DemoProtocols;
import org.probity.demo.DemoScale;
import org.probity.demo.DemoSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code probity demo}: fills an empty data folder with a fictional authority to try Probity out on. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Loads a fictional authority (members, officers, groups, wards and its register of declared"
                + " relationships) into an empty data folder.",
        footer = "%nThe same seed always gives the same people. Large takes a few minutes.")
public final class DemoCommand implements Callable<Integer> {

    @ParentCommand
    ProbityCommand parent;

    @Spec
    CommandSpec spec;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
            description = "Seed for the generated names and structure (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--scale", paramLabel = "small|large", defaultValue = "small", converter = ScaleConverter.class,
            description = "small: about 60 members and 800 officers; large: about 150 members and 20,000 officers"
                    + " with ten years of history and about 5,000 declared relationships (default: ${DEFAULT-VALUE}).")
    DemoScale scale;

    @Override
    public Integer call() {
        try (AppContext context = parent.openContext()) {
            int members = context.people().countMembers();
            int officers = context.people().countOfficers();
            if (members + officers > 0) {
                throw new CommandFailure("the data folder " + parent.dataDirectory() + " already holds " + members
                        + " members and " + officers + " officers; demo data goes only into an empty folder"
                        + " (choose one with --data-dir).");
            }
            DemoSummary summary = new DemoAuthority(context.people(), context.database().session(), context.clock())
                    .load(seed, scale);
            DemoDeclarationSummary declarations = new DemoDeclarations(context.relationships(), context.people(),
                    context.database().session(), context.clock()).load(seed, scale);
            DemoEnquiriesLoad.load(context, seed, scale);
            spec.commandLine().getOut().println("Loaded demo data for " + summary.authorityName() + ": "
                    + summary.members() + " members, " + declarations.declarations() + " declared relationships and "
                    + summary.officers() + " officers into " + parent.dataDirectory() + ".");
            spec.commandLine().getOut().println(new DemoGroupMeetings(context.groupMeetings(),
                    context.people(), context.database().session(), context.clock()).load(seed, scale).describe());
            // The protocol first, so that demo complaints cite paragraphs of the version in force.
            spec.commandLine().getOut().println(new DemoProtocols(context.protocols(), context.reviews(),
                    context.clock()).load());
            spec.commandLine().getOut().println(new DemoComplaints(context.complaints(), context.people(),
                    context.calendar().calendar()).load(seed, scale).describe());
            return 0;
        }
    }

    static final class ScaleConverter implements ITypeConverter<DemoScale> {
        @Override
        public DemoScale convert(String value) {
            return DemoScale.parse(value).orElseThrow(() ->
                    new TypeConversionException("'" + value + "' is not a scale; use small or large"));
        }
    }
}
