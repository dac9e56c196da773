package org.probity.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.probity.app.AppContext;
import org.probity.common.ProbityVersion;
import org.probity.storage.DataDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;

/**
 * {@code probity}: with no subcommand it opens the window; subcommands work on the same data.
 * Subcommands are added in {@link Launcher#commandLine}.
 */
@Command(name = "probity", mixinStandardHelpOptions = true, versionProvider = ProbityCommand.Version.class,
        description = "Registers, deadlines and committee reports for a Monitoring Officer.%n"
                + "Run without a command to open the window.")
public final class ProbityCommand implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Folder holding the database (default: PROBITY_HOME or the user's data folder).")
    Path dataDir;

    private final Runnable openWindow;

    public ProbityCommand(Runnable openWindow) {
        this.openWindow = openWindow;
    }

    public Path dataDirectory() {
        return DataDirectory.resolve(Optional.ofNullable(dataDir));
    }

    /** Opens the embedded database for a subcommand. */
    public AppContext openContext() {
        return AppContext.openEmbedded(dataDirectory());
    }

    @Override
    public Integer call() {
        openWindow.run();
        return 0;
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Probity " + ProbityVersion.current()};
        }
    }
}
