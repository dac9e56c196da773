package org.probity.protocols;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** The published protocol texts the importer is checked against, beside the project or in the shared folder. */
final class SourceDocuments {

    private SourceDocuments() {
    }

    static Optional<Path> folder() {
        Path sibling = Path.of(System.getProperty("user.dir")).resolveSibling("shared").resolve("domain");
        if (Files.isDirectory(sibling)) {
            return Optional.of(sibling);
        }
        Path shared = Path.of("/work/shared/domain");
        return Files.isDirectory(shared) ? Optional.of(shared) : Optional.empty();
    }
}
