package org.probity.storage;

import java.nio.file.Path;
import org.probity.app.AppContext;
import org.probity.people.Ward;

/**
 * The process {@link KillHarness} kills: saves wards one after another through the people
 * service and prints each one's id only after the save has returned, as the window would show it.
 */
public final class KillHarnessWriter {

    private KillHarnessWriter() {
    }

    public static void main(String[] args) {
        Path dataDir = Path.of(args[0]);
        try (AppContext context = AppContext.openEmbedded(dataDir)) {
            long started = System.nanoTime();
            for (int n = 0; ; n++) {
                Ward saved = context.people().saveWard(new Ward(null, "Ward " + started + "-" + n));
                System.out.println("saved " + saved.id());
                System.out.flush();
            }
        }
    }
}
