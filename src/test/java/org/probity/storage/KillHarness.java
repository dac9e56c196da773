package org.probity.storage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Starts a process that keeps saving records, kills it with SIGKILL at a random moment, reopens the
 * database and checks that every record the process reported as saved is there. Run from
 * {@code KillHarnessIT} (a few rounds) or {@code bench/kill-harness.sh} (many).
 */
public final class KillHarness {

    /** What a run found. */
    public record Result(int rounds, int reportedSaves, int missing, int failedOpens, int killedBeforeFirstSave,
                         long millis) {
        public boolean passed() {
            return missing == 0 && failedOpens == 0;
        }

        @Override
        public String toString() {
            return rounds + " rounds, " + reportedSaves + " saves reported, " + missing + " missing, " + failedOpens
                    + " failed opens, " + killedBeforeFirstSave + " killed before their first save, " + millis
                    + " ms";
        }
    }

    private final Path dataDir;
    private final Random random;
    private final int maxLifeMillis;

    public KillHarness(Path dataDir, long seed, int maxLifeMillis) {
        this.dataDir = dataDir;
        this.random = new Random(seed);
        this.maxLifeMillis = maxLifeMillis;
    }

    public Result run(int rounds) throws IOException, InterruptedException {
        long start = System.currentTimeMillis();
        Set<Long> reported = new HashSet<>();
        int missing = 0;
        int failedOpens = 0;
        int early = 0;
        for (int round = 0; round < rounds; round++) {
            int before = reported.size();
            killOneWriter(reported);
            if (reported.size() == before) {
                early++;
            }
            try (Database database = Database.openEmbedded(dataDir)) {
                Set<Long> present = new HashSet<>(database.dsl().fetch("SELECT id FROM ward").getValues(0, Long.class));
                for (Long id : reported) {
                    if (!present.contains(id)) {
                        missing++;
                        System.err.println("round " + round + ": ward " + id + " was reported saved but is missing");
                    }
                }
            } catch (RuntimeException e) {
                failedOpens++;
                System.err.println("round " + round + ": the database did not open: " + e.getMessage());
            }
        }
        return new Result(rounds, reported.size(), missing, failedOpens, early, System.currentTimeMillis() - start);
    }

    private void killOneWriter(Set<Long> reported) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                KillHarnessWriter.class.getName(), dataDir.toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        // Lines are read on their own thread so that the kill lands at a moment chosen by the clock,
        // not by the moment a line arrived.
        java.util.concurrent.CountDownLatch firstSave = new java.util.concurrent.CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("saved ")) {
                        synchronized (reported) {
                            reported.add(Long.parseLong(line.substring(6).trim()));
                        }
                        firstSave.countDown();
                    }
                }
            } catch (IOException ignored) {
                // the pipe closes when the process is killed
            }
        });
        reader.start();
        // One round in five is killed at any moment, start-up and migration included; the others
        // while saves are under way.
        if (random.nextInt(5) != 0) {
            firstSave.await(60, TimeUnit.SECONDS);
        }
        Thread.sleep(random.nextInt(maxLifeMillis));
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        reader.join(10_000);
    }

    /** {@code KillHarness DATA_DIR ROUNDS [MAX_LIFE_MS]}: exits 1 if any saved record was lost. */
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Files.createDirectories(dir);
        int rounds = Integer.parseInt(args[1]);
        int life = args.length > 2 ? Integer.parseInt(args[2]) : 1500;
        Result result = new KillHarness(dir, System.nanoTime(), life).run(rounds);
        System.out.println(result);
        System.exit(result.passed() ? 0 : 1);
    }
}
