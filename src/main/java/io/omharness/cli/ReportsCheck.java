package io.omharness.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The run writes reports/allure-results and reports/allure-report: checked before anything starts. */
final class ReportsCheck {
    private ReportsCheck() {
    }

    static void writable(Workspace workspace) {
        for (Path dir : List.of(workspace.reports(), workspace.results())) {
            if (Files.exists(dir) && !Files.isDirectory(dir)) {
                throw new CliOptions.UsageError(dir + " is a file, not a folder: the run writes its results there. "
                        + "Fix: move it away (mv " + dir + " " + dir + ".old) and run again.");
            }
        }
        for (Path dir : List.of(workspace.reports(), workspace.results())) {
            try {
                Files.createDirectories(dir);
                Files.delete(Files.createTempFile(dir, ".write-check-", ".tmp"));
            } catch (IOException | SecurityException e) {
                throw new CliOptions.UsageError(dir.toAbsolutePath() + " is not writable (" + e.getClass().getSimpleName()
                        + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "): the run writes its results there. "
                        + "Fix: chmod -R u+w " + workspace.reports() + " (or chown it to you), then run again.");
            }
        }
    }
}
