package io.omharness.cli;

import io.omharness.config.HarnessConfig;
import io.omharness.genesys.api.GenesysApi;
import io.omharness.lifecycle.HarnessRun;

import java.io.PrintStream;

/**
 * ./harness teardown: removes, through the Genesys API, only objects named with the harness prefix
 * and the given run id (or, with --all-runs, every run's objects). Nothing else is touched.
 */
final class TeardownCommand {
    private TeardownCommand() {
    }

    static int run(HarnessConfig config, CliOptions options, PrintStream out) {
        if (config.isSandbox()) {
            throw new CliOptions.UsageError("teardown works on real orgs: the embedded sandbox keeps its state in memory "
                    + "and it is gone when its run ends. Pass --profile demo-org (or your own real-org profile).");
        }
        boolean runIdGiven = options.properties().containsKey("harness.runId") || System.getenv("HARNESS_RUN_ID") != null;
        if (!options.allRuns() && !runIdGiven) {
            throw new CliOptions.UsageError("teardown needs --run-id ID (printed when a run starts) or --all-runs.");
        }
        String prefix = options.allRuns() ? config.namePrefix() + "-" : config.nameFor("");
        try (HarnessRun run = HarnessRun.start(config)) {
            GenesysApi api = new GenesysApi(run.newOrgAccess().genesys());
            int removed = api.deleteAllNamedWithPrefix(prefix);
            out.println("Removed " + removed + " object(s) named " + prefix + "* from Genesys Cloud org "
                    + config.orgs().genesys().org() + ".");
        }
        return 0;
    }
}
