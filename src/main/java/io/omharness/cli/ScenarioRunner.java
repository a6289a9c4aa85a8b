package io.omharness.cli;

import io.omharness.config.HarnessConfig;
import io.omharness.report.EnvironmentFile;
import io.omharness.report.JUnitXmlReport;
import io.omharness.report.ScenarioFilter;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.discovery.FilePosition;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the features through the Cucumber engine on the JUnit Platform, as mvn verify does, in the
 * {@link io.omharness.lifecycle.HarnessRun} the caller has started (./harness, or a test).
 */
public final class ScenarioRunner {
    static final Path JUNIT_XML = Path.of("reports", "junit.xml");

    private ScenarioRunner() {
    }

    /** Returns the number of failed scenarios; features may be empty (all of features/). Results are cleared when Cucumber starts the run (RunLifecycle). */
    public static long run(HarnessConfig config, String tags, List<String> features) {
        requireDisplayWhenHeaded(config, System.getenv(), System.getProperty("os.name"));
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectors(features))
                .filters(EngineFilter.includeEngines("cucumber"), new ScenarioFilter(tags, ""))
                .configurationParameter("cucumber.filter.tags", tags)
                .configurationParameter("cucumber.execution.parallel.config.fixed.parallelism",
                        Integer.toString(config.parallelism()))
                .configurationParameter("cucumber.execution.parallel.config.fixed.max-pool-size",
                        Integer.toString(config.parallelism()))
                .build();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        LauncherFactory.create().execute(request, summary, new JUnitXmlReport(JUNIT_XML));
        System.out.println("JUnit XML:      " + JUNIT_XML.toAbsolutePath());
        List<String> failed = RerunFile.read(RerunFile.FILE);
        if (!failed.isEmpty()) {
            System.out.println("Failed scenarios are listed in " + RerunFile.FILE + ": ./harness verify --rerun-failed runs them again");
        }
        return summary.getSummary().getTotalFailureCount();
    }

    static List<DiscoverySelector> selectors(List<String> features) {
        if (features.isEmpty()) {
            return List.of(DiscoverySelectors.selectDirectory(Path.of("features").toFile()));
        }
        List<DiscoverySelector> selectors = new ArrayList<>();
        for (String feature : features) {
            String[] parts = feature.split(":");
            Path file = Path.of(parts[0]);
            if (parts.length == 1) {
                selectors.add(DiscoverySelectors.selectFile(file.toFile()));
            }
            for (int i = 1; i < parts.length; i++) {
                int line = FeatureLines.scenarioAt(file, Integer.parseInt(parts[i]));
                selectors.add(DiscoverySelectors.selectFile(file.toFile(), FilePosition.from(line)));
            }
        }
        return selectors;
    }

    /** --headed on a machine without a display: say so before the twin or a browser starts. */
    static void requireDisplayWhenHeaded(HarnessConfig config, Map<String, String> env, String os) {
        boolean linux = os != null && os.toLowerCase().contains("linux");
        if (config.browser().headless() || config.browser().gridUrl().isPresent() || !linux) {
            return;
        }
        if (env.getOrDefault("DISPLAY", "").isBlank() && env.getOrDefault("WAYLAND_DISPLAY", "").isBlank()) {
            throw new CliOptions.UsageError("--headed (harness.browser.headless=false) needs a display, and this machine "
                    + "has none (DISPLAY and WAYLAND_DISPLAY are unset). Run headless (drop --headed), run it under a "
                    + "virtual display (xvfb-run ./harness ...), or use a Selenium Grid (HARNESS_GRID_URL).");
        }
    }
}
