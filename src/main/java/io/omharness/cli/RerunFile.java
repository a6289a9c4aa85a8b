package io.omharness.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * reports/rerun.txt, written by Cucumber's rerun plugin: the failed scenarios as
 * {@code features/FILE.feature:LINE[:LINE...]}. A person reruns them on purpose with
 * {@code ./harness verify --rerun-failed}; nothing retries a failed scenario by itself.
 */
final class RerunFile {
    static final Path FILE = Path.of("reports", "rerun.txt");

    private RerunFile() {
    }

    /** The entries of the file, as paths relative to the project where possible; empty when none. */
    static List<String> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return Arrays.stream(Files.readString(file).split("\\s+")).filter(s -> !s.isBlank())
                    .map(RerunFile::relative).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String relative(String entry) {
        int lines = entry.indexOf(".feature") + ".feature".length();
        String where = entry.substring(0, lines);
        String rest = entry.substring(lines);
        Path path = where.startsWith("file:/") ? Path.of(URI.create(where))
                : Path.of(where.startsWith("file:") ? where.substring(5) : where);
        Path cwd = Path.of("").toAbsolutePath();
        if (path.isAbsolute() && path.startsWith(cwd)) {
            path = cwd.relativize(path);
        }
        return path + rest;
    }

    /** For --rerun-failed: the entries, or why there is nothing to rerun. */
    static List<String> failedScenarios() {
        if (!Files.isRegularFile(FILE)) {
            throw new CliOptions.UsageError("--rerun-failed: there is no " + FILE + " yet. Run ./harness verify (or mvn verify) first.");
        }
        List<String> failed = read(FILE);
        if (failed.isEmpty()) {
            throw new CliOptions.UsageError("--rerun-failed: the last run had no failed scenarios (" + FILE + " is empty).");
        }
        return failed;
    }
}
