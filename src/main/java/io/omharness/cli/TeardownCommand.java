package io.omharness.cli;

import io.omharness.config.HarnessConfig;

/** ./harness teardown: removes, through the Genesys API, only what carries this run's prefix. */
final class TeardownCommand {
    private TeardownCommand() {
    }

    static int run(HarnessConfig config) {
        if (config.isSandbox()) {
            System.out.println("The embedded sandbox keeps its state in memory: it is gone when the run ends. "
                    + "Nothing to tear down. Use --profile demo-org (or your own) for real orgs.");
            return 0;
        }
        throw new CliOptions.UsageError("teardown on real orgs is not available yet");
    }
}
