package io.omharness.lifecycle;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestRunStarted;
import io.omharness.config.ConfigLoader;
import io.omharness.config.ConfigProblem;
import io.omharness.report.EnvironmentFile;

import java.nio.file.Path;

/**
 * The Cucumber plugin that owns the run when Cucumber starts first (mvn verify, an IDE): it starts the
 * {@link HarnessRun} before any scenario and closes it when the run finishes. Under ./harness the CLI
 * has started the run already; the plugin then only writes the report's environment.
 */
public final class RunLifecycle implements ConcurrentEventListener {
    public static final Path RESULTS = Path.of("reports", "allure-results");
    private static final java.util.concurrent.atomic.AtomicBoolean RESULTS_CLEARED = new java.util.concurrent.atomic.AtomicBoolean();
    private volatile HarnessRun.Started started;

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestRunStarted.class, this::start);
        publisher.registerHandlerFor(TestRunFinished.class, this::finish);
    }

    private void start(TestRunStarted event) {
        try {
            started = HarnessRun.activeOrStart(() -> ConfigLoader.forThisProcess().load());
        } catch (ConfigProblem problem) {
            System.out.println("harness: " + problem.getMessage());
            throw problem;
        }
        if (started.startedHere()) {
            System.out.println("Run id " + started.run().runId() + " (profile '" + started.run().config().profile() + "')");
        }
        // The previous run's results stay until this one really starts: a run refused earlier keeps them.
        // Once per JVM: under mvn verify several suites run in one JVM and make one report together.
        if (RESULTS_CLEARED.compareAndSet(false, true)) {
            EnvironmentFile.clearResults(RESULTS);
        }
    }

    private void finish(TestRunFinished event) {
        if (started == null) {
            return;
        }
        HarnessRun run = started.run();
        EnvironmentFile.write(RESULTS, run.config(), run.browsers().describe(), run.browsers().browserVersion(), run.twinFacts());
        EnvironmentFile.copyCategories(RESULTS);
        if (started.startedHere()) {
            run.close();
        }
    }
}
