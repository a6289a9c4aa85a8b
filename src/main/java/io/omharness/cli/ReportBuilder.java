package io.omharness.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/** Builds the offline HTML report with the Allure command line unpacked under target/allure. */
final class ReportBuilder {
    static final Path RESULTS = Path.of("reports", "allure-results");
    static final Path REPORT = Path.of("reports", "allure-report");

    private ReportBuilder() {
    }

    /** Returns the report's index.html, or empty (with the reason printed) when it could not be built. */
    static Optional<Path> build() {
        if (!Files.isDirectory(RESULTS)) {
            System.err.println("No results in " + RESULTS + " yet: run ./harness setup or ./harness verify first.");
            return Optional.empty();
        }
        Optional<Path> allure = allureCommand();
        if (allure.isEmpty()) {
            System.err.println("The Allure command line is not unpacked under target/allure: run ./harness once more "
                    + "(it unpacks it) or mvn verify.");
            return Optional.empty();
        }
        try {
            Process p = new ProcessBuilder("sh", allure.get().toString(), "generate", "--clean", "--single-file",
                    RESULTS.toString(), "-o", REPORT.toString()).inheritIO().start();
            return p.waitFor() == 0 ? Optional.of(REPORT.resolve("index.html").toAbsolutePath()) : Optional.empty();
        } catch (IOException e) {
            System.err.println("Could not run Allure: " + e.getMessage());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static Optional<Path> allureCommand() {
        Path dir = Path.of("target", "allure");
        if (!Files.isDirectory(dir)) {
            return Optional.empty();
        }
        try (Stream<Path> found = Files.walk(dir, 3)) {
            return found.filter(p -> p.endsWith(Path.of("bin", "allure"))).findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
