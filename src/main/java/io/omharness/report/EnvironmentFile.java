package io.omharness.report;

import io.omharness.config.HarnessConfig;
import io.omharness.config.Redactor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Writes Allure's environment.properties: browser, profile, targets. Never secrets. */
public final class EnvironmentFile {
    private EnvironmentFile() {
    }

    public static void write(Path resultsDir, HarnessConfig c, String browser, String browserVersion,
                             Map<String, String> twinFacts) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("Browser", browser + (browserVersion.isEmpty() ? "" : " " + browserVersion));
        env.put("Profile", c.profile());
        env.put("Target", c.target().name().toLowerCase());
        env.put("Run.id", c.runId());
        env.put("Parallelism", Integer.toString(c.parallelism()));
        env.putAll(twinFacts);
        if (!c.isSandbox()) {
            env.put("Genesys.api", c.orgs().genesys().apiUrl());
            env.put("Genesys.org", c.orgs().genesys().org());
            env.put("Salesforce.login", c.orgs().salesforce().loginUrl());
        }
        String text = env.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue().replace("\\", "\\\\"))
                .collect(Collectors.joining("\n", "", "\n"));
        try {
            Files.createDirectories(resultsDir);
            Files.writeString(resultsDir.resolve("environment.properties"), Redactor.redact(text));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Allure reads categories.json (product / harness / environment failures) from the results. */
    public static void copyCategories(Path resultsDir) {
        try (var in = EnvironmentFile.class.getResourceAsStream("/categories.json")) {
            Files.createDirectories(resultsDir);
            Files.write(resultsDir.resolve("categories.json"), in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts each run with empty results, so the report shows this run only. */
    public static void clearResults(Path resultsDir) {
        if (!Files.isDirectory(resultsDir)) {
            return;
        }
        try (var files = Files.list(resultsDir)) {
            files.filter(Files::isRegularFile).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
