package io.omharness.cli;

import io.omharness.browser.BrowserSession;
import io.omharness.config.HarnessConfig;
import io.omharness.genesys.api.GenesysApi;
import io.omharness.lifecycle.HarnessRun;
import io.omharness.setup.GenesysTeardown;
import io.omharness.setup.Receipt;
import io.omharness.setup.SalesforceTeardown;
import io.omharness.target.OrgAccess;
import io.omharness.ui.Ui;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * ./harness teardown --run-id ID: removes what run ID built (its receipt, then anything else named
 * omh-ID-*) from Genesys Cloud, presses Retrieve Options so that Salesforce forgets it, and proves that
 * nothing else changed on either side. --all-runs sweeps every harness object (omh-*) from Genesys.
 */
final class TeardownCommand {
    private static final Path REPORTS = Path.of("reports");

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
            OrgAccess access = run.newOrgAccess();
            GenesysTeardown genesys = new GenesysTeardown(new GenesysApi(access.genesys()), prefix);
            SalesforceTeardown salesforce = new SalesforceTeardown(config.orgs().salesforce(), access.salesforce());
            Map<String, String> othersBefore = genesys.othersObjects();
            int recordsBefore = salesforce.recordsNamed(prefix);
            Optional<Receipt> receipt = options.allRuns() ? Optional.empty() : Receipt.existing(REPORTS, config.runId());
            out.println("Tearing down " + prefix + "* " + receipt.map(r -> "(receipt " + r.file() + ")")
                    .orElse("(no receipt: by name prefix)"));
            List<String> removed = genesys.remove(receipt);
            out.println("Genesys Cloud: removed " + removed.size() + (removed.size() == 1 ? " entry" : " entries"));
            removed.forEach(line -> out.println("  - " + line));
            String message = retrieveOptions(run, salesforce);
            int recordsAfter = salesforce.recordsNamed(prefix);
            out.println("Salesforce: Retrieve Options (" + message + "); records named " + prefix + "*: "
                    + recordsBefore + " before, " + recordsAfter + " after");
            Map<String, String> othersAfter = genesys.othersObjects();
            boolean untouched = othersAfter.equals(othersBefore);
            out.println("Objects not of this run: " + othersBefore.size() + " before, " + othersAfter.size() + " after: "
                    + (untouched ? "unchanged" : "CHANGED " + difference(othersBefore, othersAfter)));
            receipt.ifPresent(Receipt::delete);
            return untouched && recordsAfter == 0 ? 0 : 1;
        }
    }

    private static String retrieveOptions(HarnessRun run, SalesforceTeardown salesforce) {
        BrowserSession browser = run.pool().borrow(run.config().timeouts().sync());
        try {
            Ui ui = new Ui(browser.driver(), run.config().timeouts().ui(), run.config().timeouts().poll());
            return salesforce.retrieveOptions(ui, run.config().timeouts().sync());
        } finally {
            run.pool().giveBack(browser);
        }
    }

    private static String difference(Map<String, String> before, Map<String, String> after) {
        Map<String, String> gone = new java.util.TreeMap<>(before);
        after.keySet().forEach(gone::remove);
        Map<String, String> added = new java.util.TreeMap<>(after);
        before.keySet().forEach(added::remove);
        return "(gone: " + gone.values() + ", new: " + added.values() + ")";
    }
}
