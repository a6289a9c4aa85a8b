package io.omharness.cli;

import io.omharness.config.HarnessConfig;
import io.omharness.lifecycle.HarnessRun;
import io.omharness.target.OrgAccess;

import java.io.PrintStream;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/** ./harness sandbox: the twin for a person, with one ready tenant, until Ctrl-C. */
final class SandboxCommand {
    private SandboxCommand() {
    }

    static int run(HarnessConfig config, PrintStream out) throws InterruptedException {
        if (!config.isSandbox()) {
            throw new CliOptions.UsageError("./harness sandbox needs a sandbox profile (this one targets real orgs).");
        }
        HarnessRun run = HarnessRun.start(config);
        Map<String, String> twin = run.twinFacts();
        OrgAccess access = run.newOrgAccess();
        out.println("""
                Open Messaging sandbox is running (Ctrl-C to stop).
                  DOM seed:            %s   (reproduce with --seed %s)
                  Navigation:          %s
                  Salesforce settings: %s   (package: Configure; app: GC External Routing Integration)
                  Sandbox home:        %s
                  Tenant id:           %s

                  Genesys Cloud CX:    %s
                    Email Address:     %s
                    Password:          %s
                    OAuth client:      %s / %s
                  Salesforce:          %s
                    Username:          %s
                    Password:          %s
                  Salesforce Setup:    %s/lightning/setup/SetupOneHome/home

                These are throw-away credentials of this in-memory sandbox; they die with it.
                """.formatted(twin.get("Sandbox.seed"), twin.get("Sandbox.seed"), config.sandbox().navigation(),
                config.sandbox().salesforceUi(), run.twinControl().orElseThrow().homeUrl(), access.sandboxTenantId().orElseThrow(),
                access.genesys().loginUrl(), access.genesys().email(),
                access.genesys().password().reveal(), access.genesys().clientId(), access.genesys().clientSecret().reveal(),
                access.salesforce().loginUrl(), access.salesforce().username(), access.salesforce().password().reveal(),
                access.salesforce().setupUrl()));
        out.println(DemoOrgPointer.forTenant(access, run.twinControl().orElseThrow(), DemoOrgPointer.writePrivateKey(access)));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
        stopped.await();
        return 0;
    }
}
