package io.omharness.report;

import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * How many scenarios this run will execute and how many at once: Cucumber's events do not say, the
 * JUnit Platform's test plan does. Registered for every launcher (META-INF/services), so ./harness,
 * Maven and an IDE's JUnit runner all report it; under Cucumber's own CLI runner it stays unknown (0).
 */
public final class ScenarioPlan implements TestExecutionListener {
    private static volatile Plan current = new Plan(0, 1);

    /** Scenarios planned (0 when unknown) and how many run at once. */
    public record Plan(int total, int parallelism) {
        /** One scenario at a time: steps can stream to the console as they finish without interleaving. */
        public boolean sequential() {
            return total == 1 || parallelism <= 1;
        }
    }

    public static Plan current() {
        return current;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        int total = (int) plan.countTestIdentifiers(ScenarioPlan::isScenario);
        if (total > 0) {
            current = new Plan(total, parallelism(plan.getConfigurationParameters()));
        }
    }

    static boolean isScenario(TestIdentifier id) {
        return id.isTest() && id.getUniqueId().contains("[engine:cucumber]");
    }

    static int parallelism(ConfigurationParameters params) {
        if (!params.getBoolean("cucumber.execution.parallel.enabled").orElse(false)) {
            return 1;
        }
        if (!params.get("cucumber.execution.parallel.config.strategy").orElse("dynamic").equals("fixed")) {
            return Runtime.getRuntime().availableProcessors();
        }
        return params.get("cucumber.execution.parallel.config.fixed.parallelism").map(Integer::parseInt).orElse(1);
    }
}
