package io.omharness.cli;

import io.omharness.report.AllureHistory;
import io.omharness.report.ExecutorInfo;
import io.omharness.report.GuideDocument;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Builds the offline HTML report with the Allure command line unpacked under target/allure: executor
 * info and the history of earlier runs go in first (the trend charts), the history comes out after;
 * then reports/guide.html when the results hold a whole-guide run.
 */
final class ReportBuilder {
    static final Path RESULTS = Path.of("reports", "allure-results");
    static final Path REPORT = Path.of("reports", "allure-report");
    static final Path HISTORY = RESULTS.resolve("history");

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
        ExecutorInfo.write(RESULTS, System.getenv(), runId(), AllureHistory.runsRecorded(HISTORY) + 1);
        try {
            ProcessBuilder generate = new ProcessBuilder("sh", allure.get().toString(), "generate", "--clean", "--single-file",
                    RESULTS.toString(), "-o", REPORT.toString()).redirectErrorStream(true);
            // A short-lived JVM: C1 alone and the serial collector build the report in 2.2 s instead of 2.6 (quiet machine)
            generate.environment().putIfAbsent("JAVA_OPTS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
            Process p = generate.start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (p.waitFor() != 0) {
                System.err.println("Allure could not build the report:\n" + output);
                return Optional.empty();
            }
        } catch (IOException e) {
            System.err.println("Could not run Allure: " + e.getMessage());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        Path index = REPORT.resolve("index.html");
        AllureHistory.extract(index, HISTORY);
        GuideDocument.write(RESULTS, Path.of("features"), GuideDocument.FILE)
                .ifPresent(guide -> System.out.println("Guide:  " + guide));
        return Optional.of(index.toAbsolutePath());
    }

    /** reports/guide.html alone, when the results hold a whole-guide run (no Allure, no second JVM). */
    static void guideOnly() {
        if (Files.isDirectory(RESULTS)) {
            GuideDocument.write(RESULTS, Path.of("features"), GuideDocument.FILE)
                    .ifPresent(guide -> System.out.println("Guide:  " + guide));
        }
    }

    /** The run id the lifecycle wrote into environment.properties. */
    private static String runId() {
        Properties env = new Properties();
        try (var in = Files.newBufferedReader(RESULTS.resolve("environment.properties"), StandardCharsets.UTF_8)) {
            env.load(in);
        } catch (IOException noEnvironmentYet) {
            return "?";
        }
        return env.getProperty("Run.id", "?");
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
