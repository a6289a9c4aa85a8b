package io.omharness.cli;

import io.omharness.config.HarnessConfig;
import io.omharness.genesys.api.GenesysApi;
import io.omharness.lifecycle.HarnessRun;
import io.omharness.setup.SetupInspector;
import io.omharness.target.OrgAccess;

import java.io.PrintStream;

/** ./harness plan --run-id ID: what setup would create, reuse or repair for that run id; changes nothing. */
final class PlanCommand {
    private PlanCommand() {
    }

    static int run(HarnessConfig config, PrintStream out) {
        if (config.isSandbox()) {
            throw new CliOptions.UsageError("plan reads a real org: a new sandbox tenant has nothing to plan against. "
                    + "Pass --profile demo-org (or point it at ./harness sandbox, see the README).");
        }
        try (HarnessRun run = HarnessRun.start(config)) {
            OrgAccess access = run.newOrgAccess();
            GenesysApi api = new GenesysApi(access.genesys());
            String me = api.findUser(access.genesys().email()).orElseThrow(() -> new IllegalStateException(
                    "Genesys Cloud has no user " + access.genesys().email() + " (harness.genesys.user.email)")).getName();
            out.println(new SetupInspector(api, kind -> config.nameFor(kind.namePart()), me)
                    .plan(config.runId(), config.namePrefix() + "-").describe());
        }
        return 0;
    }
}
