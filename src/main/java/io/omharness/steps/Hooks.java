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

    @After(order = 1000)
    public void evidenceOnFailure(Scenario scenario) {
        if (scenario.isFailed() && world.hasBrowser()) {
            Evidence.failure(world.browser().driver());
        }
    }

    @After(order = 10)
    public void removeWhatTheScenarioCreated() {
        world.runCleanups();
    }
}
