package io.omharness.cli;

import io.omharness.config.HarnessConfig;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

import java.nio.file.Path;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;

/**
 * Runs the features through the Cucumber engine on the JUnit Platform, as mvn verify does, in the
 * {@link io.omharness.lifecycle.HarnessRun} the caller has started (./harness, or a test).
 */
public final class ScenarioRunner {
    private ScenarioRunner() {
    }

    /** A feature file, or one scenario of it by line ("features/x.feature:12"). */
    private static org.junit.platform.engine.DiscoverySelector selector(String feature) {
        String[] parts = feature.split(":");
        java.io.File file = Path.of(parts[0]).toFile();
        return parts.length == 1 ? org.junit.platform.engine.discovery.DiscoverySelectors.selectFile(file)
                : org.junit.platform.engine.discovery.DiscoverySelectors.selectFile(file,
                        org.junit.platform.engine.discovery.FilePosition.from(Integer.parseInt(parts[1])));
    }

    /** Returns the number of failed scenarios; features may be empty (all of features/). The previous results are cleared when Cucumber starts the run (RunLifecycle). */
    public static long run(HarnessConfig config, String tags, java.util.List<String> features) {
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(features.isEmpty() ? java.util.List.of(selectDirectory(Path.of("features").toFile()))
                        : features.stream().map(ScenarioRunner::selector).toList())
                .filters(org.junit.platform.launcher.EngineFilter.includeEngines("cucumber"))
                .configurationParameter("cucumber.filter.tags", tags)
                .configurationParameter("cucumber.execution.parallel.config.fixed.parallelism",
                        Integer.toString(config.parallelism()))
                .configurationParameter("cucumber.execution.parallel.config.fixed.max-pool-size",
                        Integer.toString(config.parallelism()))
                .build();
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        launcher.execute(request, summary);
        TestExecutionSummary result = summary.getSummary();
        return result.getTotalFailureCount();
    }
}
