package org.probity.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probity.app.AppContext;
import org.probity.cli.Launcher;
import org.probity.people.Ward;

class VerifyCommandTest {

    @TempDir
    Path dataDir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int verify() {
        return Launcher.run(new String[] {"--data-dir", dataDir.toString(), "verify"}, new PrintWriter(out, true),
                new PrintWriter(err, true), dir -> { });
    }

    @Test
    void anIntactDatabasePassesAndAnAuditRowChangedBySqlIsNamed() {
        long changedEntry;
        try (AppContext context = AppContext.openEmbedded(dataDir)) {
            context.people().saveWard(new Ward(null, "Castle"));
            context.people().saveWard(new Ward(null, "Abbey"));
            context.people().saveWard(new Ward(null, "Priory"));
        }
        assertThat(verify()).isZero();
        assertThat(out.toString()).contains("all 3 audit entries match their seals");

        try (AppContext context = AppContext.openEmbedded(dataDir)) {
            changedEntry = context.database().dsl()
                    .fetch("SELECT id FROM audit_entry WHERE record_label = 'Abbey'").getValues(0, Long.class).get(0);
            context.database().dsl().execute("UPDATE audit_entry SET record_label = 'Abbey Fields' WHERE id = "
                    + changedEntry);
        }

        assertThat(verify()).isEqualTo(1);
        assertThat(err.toString()).startsWith("probity: the check found a problem. Audit entry " + changedEntry + " (")
                .contains("does not match its seal");
    }
}
