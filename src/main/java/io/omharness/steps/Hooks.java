package io.omharness.steps;

import io.cucumber.java.After;
import io.cucumber.java.Scenario;
import io.omharness.report.Evidence;

/** Failure evidence and clean-up after every scenario. */
public class Hooks {
    private final World world;

    public Hooks(World world) {
        this.world = world;
    }

    /** Scenarios that change what the harness did not create (e.g. the package's OAuth settings) run only on the twin. */
    @io.cucumber.java.Before(value = "@sandbox-only", order = 0)
    public void onlyOnTheSandbox() {
        if (!world.config().isSandbox()) {
            throw new org.opentest4j.TestAbortedException("@sandbox-only: it would change settings the harness did not create");
        }
    }

    @After(order = 1000)
    public void evidenceOnFailure(Scenario scenario) {
        if (scenario.isFailed() && world.hasBrowser()) {
            Evidence.failure(world.browser());
        }
    }

    @After(order = 10)
    public void removeWhatTheScenarioCreated() {
        world.runCleanups();
    }
}
