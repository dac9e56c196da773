package org.probity.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.probity.app.AppContext;
import org.probity.demo.DemoAuthority;
import org.probity.demo.DemoDeclarations;
import org.probity.demo.DemoScale;
import org.probity.people.Member;
import org.probity.people.Officer;

class EncryptionAtRestIT {

    private static final Optional<String> PASSWORD = Optional.of("Tr1cky password, with spaces");

    @TempDir
    Path dataDir;

    @Test
    void noDemoSurnameCanBeFoundInTheEncryptedDatabaseOrItsBackups() throws IOException {
        Set<String> surnames = new LinkedHashSet<>();
        try (AppContext context = AppContext.openEmbedded(dataDir, PASSWORD)) {
            new DemoAuthority(context.people(), context.database().session(), context.clock()).load(1, DemoScale.SMALL);
            new DemoDeclarations(context.relationships(), context.people(), context.database().session(),
                    context.clock()).load(1, DemoScale.SMALL);
            context.people().members().stream().map(Member::surname).forEach(surnames::add);
            context.people().officers().stream().map(Officer::surname).forEach(surnames::add);
            context.backups().orElseThrow().backUp();
            context.backups().orElseThrow().backUpTo(dataDir.resolve("by-hand.zip"));
        }
        // Three- and four-letter names turn up by chance in megabytes of cipher text; five letters do not.
        surnames.removeIf(s -> s.length() < 5);
        assertThat(surnames).hasSizeGreaterThan(50);
        try (AppContext context = AppContext.openEmbedded(dataDir, PASSWORD)) {
            context.backups().orElseThrow().backUp();
        }

        List<Path> files = new ArrayList<>();
        try (Stream<Path> all = Files.walk(dataDir)) {
            all.filter(Files::isRegularFile).forEach(files::add);
        }
        assertThat(files).anyMatch(f -> f.getFileName().toString().equals("probity.mv.db"))
                .anyMatch(f -> f.getFileName().toString().endsWith(".zip"));
        for (Path file : files) {
            byte[] bytes = readAll(file);
            String asText = new String(bytes, StandardCharsets.ISO_8859_1);
            for (String surname : surnames) {
                String utf8AsLatin1 = new String(surname.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
                assertThat(asText).as("%s in %s", surname, file).doesNotContain(utf8AsLatin1);
            }
        }
        // The same check finds them in an unencrypted backup, so it is not passing by accident.
        Path plainDir = dataDir.resolveSibling(dataDir.getFileName() + "-plain");
        try (AppContext context = AppContext.openEmbedded(plainDir)) {
            new DemoAuthority(context.people(), context.database().session(), context.clock()).load(1, DemoScale.SMALL);
        }
        String plain = new String(readAll(plainDir.resolve("probity.mv.db")), StandardCharsets.ISO_8859_1);
        assertThat(surnames.stream().filter(plain::contains)).isNotEmpty();
    }

    /** Reads a zip's entries uncompressed, so that compression cannot hide a name. */
    private static byte[] readAll(Path file) throws IOException {
        if (!file.getFileName().toString().endsWith(".zip")) {
            return Files.readAllBytes(file);
        }
        try (var zip = new java.util.zip.ZipFile(file.toFile())) {
            var out = new java.io.ByteArrayOutputStream();
            var entries = zip.entries();
            while (entries.hasMoreElements()) {
                try (var in = zip.getInputStream(entries.nextElement())) {
                    in.transferTo(out);
                }
            }
            return out.toByteArray();
        }
    }
}
