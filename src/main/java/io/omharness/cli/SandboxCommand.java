package io.omharness.cli;

import io.omharness.config.HarnessConfig;
import io.omharness.runtime.HarnessRuntime;
import io.omharness.runtime.OrgAccess;
import io.omharness.sandbox.SandboxServer;

import java.util.concurrent.CountDownLatch;

/** ./harness sandbox: the twin for a person, with one ready tenant, until Ctrl-C. */
final class SandboxCommand {
    private SandboxCommand() {
    }

    static int run(HarnessConfig config) throws InterruptedException {
        if (!config.isSandbox()) {
            throw new CliOptions.UsageError("./harness sandbox needs a sandbox profile (this one targets real orgs).");
        }
        HarnessRuntime runtime = HarnessRuntime.current();
        SandboxServer server = runtime.sandbox().orElseThrow();
        OrgAccess access = runtime.newOrgAccess();
        System.out.println("""
                Open Messaging sandbox is running (Ctrl-C to stop).
                  DOM seed:            %d   (reproduce with --seed %d)
                  Navigation:          %s
                  Sandbox home:        %s/__sandbox

                  Genesys Cloud CX:    %s
                    Email Address:     %s
                    Password:          %s
                    OAuth client:      %s / %s
                  Salesforce:          %s
                    Username:          %s
                    Password:          %s
                  Salesforce Setup:    %s/lightning/setup/SetupOneHome/home

                These are throw-away credentials of this in-memory sandbox; they die with it.
                """.formatted(server.seed(), server.seed(), config.sandbox().navigation(),
                server.urls().genesys(), access.genesys().loginUrl(), access.genesys().email(),
                access.genesys().password().reveal(), access.genesys().clientId(), access.genesys().clientSecret().reveal(),
                access.salesforce().loginUrl(), access.salesforce().username(), access.salesforce().password().reveal(),
                access.salesforce().setupUrl()));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
        stopped.await();
        return 0;
    }
}
