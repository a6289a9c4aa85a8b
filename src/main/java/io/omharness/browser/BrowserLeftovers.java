package io.omharness.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Browser profile directories (omh-browser-*) record which harness process owns them and the driver's
 * process id. A run that was killed cannot quit its browsers; the next run finds its directories (owner
 * process gone), ends the processes that belong to them (the driver, and every browser process started
 * with that profile) and deletes them. Processes and directories of live runs are never touched.
 */
public final class BrowserLeftovers {
    static final String PREFIX = "omh-browser-";
    private static final String OWNER_FILE = ".omh-owner";

    private final Path tempDir;

    public BrowserLeftovers(Path tempDir) {
        this.tempDir = tempDir;
    }

    public static BrowserLeftovers inTempDir() {
        return new BrowserLeftovers(Path.of(System.getProperty("java.io.tmpdir")));
    }

    /** A new profile directory owned by this process. */
    Path newProfile() throws IOException {
        Path dir = Files.createTempDirectory(tempDir, PREFIX);
        Files.writeString(dir.resolve(OWNER_FILE), ProcessHandle.current().pid() + "\n");
        return dir;
    }

    /** Adds the driver's process id to the directory's record once the browser has started. */
    static void recordDriver(Path profile, long driverPid) {
        try {
            Files.writeString(profile.resolve(OWNER_FILE), ProcessHandle.current().pid() + "\n" + driverPid + "\n");
        } catch (IOException ignored) {
            // the directory went with the session
        }
    }

    /** Removes what killed runs left behind; returns a line per directory removed. */
    public List<String> removeLeftovers() {
        List<String> removed = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(tempDir)) {
            dirs.filter(d -> d.getFileName().toString().startsWith(PREFIX) && Files.isDirectory(d))
                    .forEach(d -> removeIfOrphaned(d).ifPresent(removed::add));
        } catch (IOException e) {
            return removed;
        }
        return removed;
    }

    private Optional<String> removeIfOrphaned(Path dir) {
        List<Long> record = record(dir);
        if (record.isEmpty() || ProcessHandle.of(record.get(0)).map(ProcessHandle::isAlive).orElse(false)) {
            return Optional.empty(); // not ours, or its run is alive
        }
        int ended = 0;
        if (record.size() > 1) {
            ended += ProcessHandle.of(record.get(1)).filter(p -> command(p).contains("chromedriver"))
                    .map(BrowserLeftovers::end).orElse(0);
        }
        String flag = "--user-data-dir=" + dir;
        ended += ProcessHandle.allProcesses().filter(p -> command(p).contains(flag)).mapToInt(BrowserLeftovers::end).sum();
        delete(dir);
        return Optional.of(dir + " (owner " + record.get(0) + " gone; ended " + ended + " process(es))");
    }

    private static List<Long> record(Path dir) {
        try {
            return Files.readAllLines(dir.resolve(OWNER_FILE)).stream().filter(l -> l.matches("\\d+")).map(Long::parseLong).toList();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    private static String command(ProcessHandle p) {
        return p.info().commandLine().orElse("");
    }

    private static int end(ProcessHandle p) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        return p.destroyForcibly() ? 1 : 0;
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort: a later run tries again
        }
    }
}
