package io.omharness.cli;

import io.omharness.config.HarnessConfig;
import io.omharness.genesys.api.GenesysApi;
import io.omharness.runtime.HarnessRuntime;

/**
 * ./harness teardown: removes, through the Genesys API, only objects named with the harness prefix
 * and the given run id (or, with --all-runs, every run's objects). Nothing else is touched.
 */
final class TeardownCommand {
    private TeardownCommand() {
    }

    static int run(HarnessConfig config, boolean allRuns) {
        if (config.isSandbox()) {
            System.out.println("The embedded sandbox keeps its state in memory: it is gone when the run ends. "
                    + "Nothing to tear down. Use --profile demo-org (or your own) for real orgs.");
            return 0;
        }
        boolean runIdGiven = System.getProperty("harness.runId") != null || System.getenv("HARNESS_RUN_ID") != null;
        if (!allRuns && !runIdGiven) {
            throw new CliOptions.UsageError("teardown needs --run-id ID (printed when a run starts) or --all-runs.");
        }
        String prefix = allRuns ? config.namePrefix() + "-" : config.nameFor("");
        GenesysApi api = new GenesysApi(HarnessRuntime.current().newOrgAccess().genesys());
        int removed = api.deleteAllNamedWithPrefix(prefix);
        System.out.println("Removed " + removed + " object(s) named " + prefix + "* from Genesys Cloud org "
                + config.orgs().genesys().org() + ".");
        return 0;
    }
}
