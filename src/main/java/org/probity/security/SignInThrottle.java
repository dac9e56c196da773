package org.probity.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Slows down guessing: after three wrong passwords in a row each further attempt waits longer
 * (2, 4, 8 … seconds, at most a minute). The count is kept in the data folder, so closing and
 * reopening Probity does not reset it; a right password does.
 */
public final class SignInThrottle {

    public static final String FILE_NAME = "sign-in-failures";
    static final int FREE_ATTEMPTS = 3;
    static final Duration LONGEST = Duration.ofMinutes(1);

    private final Path file;

    public SignInThrottle(Path dataDir) {
        this.file = dataDir.resolve(FILE_NAME);
    }

    /** How long to wait after {@code failures} wrong passwords in a row. */
    public static Duration delayAfter(int failures) {
        if (failures < FREE_ATTEMPTS) {
            return Duration.ZERO;
        }
        int power = Math.min(failures - FREE_ATTEMPTS + 1, 6);
        Duration delay = Duration.ofSeconds(1L << power);
        return delay.compareTo(LONGEST) > 0 ? LONGEST : delay;
    }

    public int failures() {
        try {
            return Files.isRegularFile(file) ? Integer.parseInt(Files.readString(file, StandardCharsets.UTF_8).strip())
                    : 0;
        } catch (IOException | NumberFormatException e) {
            return FREE_ATTEMPTS;
        }
    }

    public Duration delayBeforeNextAttempt() {
        return delayAfter(failures());
    }

    public void failed() {
        try {
            Files.writeString(file, Integer.toString(failures() + 1), StandardCharsets.UTF_8);
        } catch (IOException ignored) {
            // without the file the delay still grows within this session through the caller's count
        }
    }

    public void succeeded() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a stale count only means a short wait next time
        }
    }
}
