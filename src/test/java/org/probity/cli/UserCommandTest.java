package org.probity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probity.app.AppContext;
import org.probity.complaints.Complaint;

/**
 * {@code probity user}. Passwords come from environment variables, as in a scheduled job, so the
 * commands that need them run in a separate Java process with those variables set.
 */
class UserCommandTest {

    private static final String MO_PASSWORD = "correct horse battery";
    private static final String CLERK_PASSWORD = "clerk's own password";

    @TempDir
    Path dir;

    private String out = "";
    private String err = "";

    @BeforeEach
    void demoAuthority() {
        assertThat(Launcher.run(new String[] {"--data-dir", dir.toString(), "demo"},
                new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true), w -> { }))
                .isZero();
    }

    private int inProcess(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        List<String> all = new ArrayList<>(List.of("--data-dir", dir.toString()));
        all.addAll(List.of(args));
        int code = Launcher.run(all.toArray(String[]::new), new PrintWriter(o, true), new PrintWriter(e, true),
                w -> { });
        out = o.toString();
        err = e.toString();
        return code;
    }

    private int withEnvironment(Map<String, String> environment, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), Launcher.class.getName(), "--data-dir", dir.toString()));
        command.addAll(List.of(args));
        Path o = Files.createTempFile(dir.getParent(), "out", ".txt");
        Path e = Files.createTempFile(dir.getParent(), "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(o.toFile()).redirectError(e.toFile());
        builder.environment().remove("PROBITY_USER_PASSWORD");
        builder.environment().remove(UserCommand.NEW_USER_PASSWORD_VARIABLE);
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("probity finished").isTrue();
        out = read(o);
        err = read(e);
        return process.exitValue();
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private int asMonitoringOfficer(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("--user", "mo"));
        all.addAll(List.of(args));
        return withEnvironment(Map.of("PROBITY_USER_PASSWORD", MO_PASSWORD,
                UserCommand.NEW_USER_PASSWORD_VARIABLE, CLERK_PASSWORD), all.toArray(String[]::new));
    }

    private Complaint aComplaint() {
        try (AppContext app = AppContext.openEmbedded(dir)) {
            return app.complaints().all().get(0);
        }
    }

    @Test
    void theMonitoringOfficerAddsAccountsGrantsAClerkAComplaintAndTheClerkThenSeesIt() throws Exception {
        assertThat(inProcess("user", "list")).isZero();
        assertThat(out).startsWith("There are no user accounts");

        assertThat(withEnvironment(Map.of(UserCommand.NEW_USER_PASSWORD_VARIABLE, MO_PASSWORD),
                "user", "add", "mo", "--name", "Grace Ellis", "--role", "monitoring-officer")).isZero();
        assertThat(out.strip()).isEqualTo("Added mo (Grace Ellis, Monitoring Officer).");
        assertThat(asMonitoringOfficer("user", "add", "casey", "--name", "Casey Clerk", "--role", "clerk"))
                .as(err).isZero();

        assertThat(asMonitoringOfficer("user", "list")).as(err).isZero();
        assertThat(out.lines().toList()).hasSize(3);
        assertThat(out.lines().skip(1).toList()).satisfiesExactly(
                line -> assertThat(line).contains("casey", "Casey Clerk", "Clerk", "Open"),
                line -> assertThat(line).contains("mo", "Grace Ellis", "Monitoring Officer", "Open"));

        Complaint complaint = aComplaint();
        String reference = complaint.reference().toString();
        assertThat(asMonitoringOfficer("user", "grant", "casey", "--complaint", reference.toLowerCase()))
                .as(err).isZero();
        assertThat(out.strip()).isEqualTo("casey may now see the confidential details of " + reference + ".");

        try (AppContext app = AppContext.openEmbedded(dir)) {
            app.users().signIn("casey", CLERK_PASSWORD);
            assertThat(app.complaints().maySeeConfidential(complaint.id())).isTrue();
            long other = app.complaints().all().stream().mapToLong(Complaint::id).filter(id -> id != complaint.id())
                    .findFirst().orElseThrow();
            assertThat(app.complaints().maySeeConfidential(other)).isFalse();
        }

        assertThat(asMonitoringOfficer("user", "revoke", "casey", "--complaint", reference)).as(err).isZero();
        try (AppContext app = AppContext.openEmbedded(dir)) {
            app.users().signIn("casey", CLERK_PASSWORD);
            assertThat(app.complaints().maySeeConfidential(complaint.id())).isFalse();
        }
    }

    @Test
    void aClerkIsRefusedAndMistakesAreOneLineEach() throws Exception {
        try (AppContext app = AppContext.openEmbedded(dir)) {
            app.users().create("mo", "Grace Ellis", org.probity.security.Role.MONITORING_OFFICER, MO_PASSWORD);
            app.users().create("casey", "Casey Clerk", org.probity.security.Role.CLERK, CLERK_PASSWORD);
        }
        String reference = aComplaint().reference().toString();

        assertThat(withEnvironment(Map.of("PROBITY_USER_PASSWORD", CLERK_PASSWORD),
                "--user", "casey", "user", "grant", "casey", "--complaint", reference)).isEqualTo(1);
        assertThat(err.strip()).isEqualTo("probity: Only the Monitoring Officer can manage users and grants.");

        assertThat(asMonitoringOfficer("user", "grant", "casey", "--complaint", "CMP-1999-0042")).isEqualTo(1);
        assertThat(err.strip()).isEqualTo("probity: There is no complaint CMP-1999-0042 in the register.");
        assertThat(asMonitoringOfficer("user", "grant", "nobody", "--complaint", reference)).isEqualTo(1);
        assertThat(err.strip()).startsWith("probity: There is no account called nobody.");
        assertThat(asMonitoringOfficer("user", "disable", "mo")).isEqualTo(1);
        assertThat(err.strip()).isEqualTo("probity: You cannot close your own account while signed in to it.");

        assertThat(asMonitoringOfficer("user", "disable", "casey")).as(err).isZero();
        try (AppContext app = AppContext.openEmbedded(dir)) {
            assertThat(app.users().accounts()).filteredOn(a -> a.loginName().equals("casey"))
                    .singleElement().satisfies(a -> assertThat(a.active()).isFalse());
        }
    }

    @Test
    void anUnknownRoleIsNamedBeforeAnythingIsAsked() {
        assertThat(inProcess("user", "add", "mo", "--name", "Grace Ellis", "--role", "boss")).isEqualTo(1);
        assertThat(err).isEqualTo("probity: --role must be monitoring-officer, deputy, clerk or read-only, not"
                + " \"boss\"." + System.lineSeparator());
    }
}
