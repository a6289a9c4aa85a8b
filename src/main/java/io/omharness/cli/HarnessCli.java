package io.omharness.cli;

import io.omharness.browser.BrowserPreflight;
import io.omharness.config.ConfigLoader;
import io.omharness.config.ConfigProblem;
import io.omharness.config.HarnessConfig;
import io.omharness.lifecycle.HarnessRun;
import io.omharness.setup.Receipt;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * Entry point of ./harness. Checks everything it can before any browser or sandbox starts (options,
 * profile, config keys and values, tags, feature lines, the reports folder, the browser or Grid) and
 * exits 2 with one clear message when something is wrong. The configuration is loaded once here; the
 * run it starts is the one every scenario of this process works in.
 */
public final class HarnessCli {
    static final String E2E_TAGS = "@e2e";
    static final String DEFAULT_TAGS = "not @wip";

    private final PrintStream out;
    private final PrintStream err;
    private final Workspace workspace;
    private final BrowserPreflight preflight;

    HarnessCli(PrintStream out) {
        this(out, System.err);
    }

    HarnessCli(PrintStream out, PrintStream err) {
        this(out, err, Workspace.current(), BrowserPreflight.forThisMachine());
    }

    HarnessCli(PrintStream out, PrintStream err, Workspace workspace, BrowserPreflight preflight) {
        this.out = out;
        this.err = err;
        this.workspace = workspace;
        this.preflight = preflight;
    }

    public static void main(String[] args) {
        System.exit(new HarnessCli(System.out, System.err).run(args));
    }

    int run(String[] args) {
        try {
            CliOptions options = CliOptions.parse(args);
            if (options.help()) {
                out.println(CliOptions.USAGE);
                return 0;
            }
            HarnessConfig config = ConfigLoader.forThisProcess(options.properties()).load();
            if (options.command().equals("setup")) {
                config = setupConfig(options, config);
            }
            return execute(options, config);
        } catch (CliOptions.UsageError e) {
            err.println("harness: " + e.getMessage());
            err.println("Run ./harness --help for the commands and options.");
            return 2;
        } catch (ConfigProblem e) {
            err.println("harness: " + e.getMessage());
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    /** setup converges on what its run id built (reuse) and, on real orgs, keeps it (teardown removes it). */
    private static HarnessConfig setupConfig(CliOptions options, HarnessConfig config) {
        HarnessConfig setup = config.withReuse(true);
        if (!options.properties().containsKey("harness.keep")) {
            setup = setup.withKeep(config.keep() || !config.isSandbox());
        }
        return setup;
    }

    private int execute(CliOptions options, HarnessConfig config) throws InterruptedException {
        return switch (options.command()) {
            case "setup" -> setup(options, config);
            case "plan" -> PlanCommand.run(config, out);
            case "doctor" -> DoctorCommand.run(config, workspace, preflight, out);
            case "verify" -> scenarios(config, options.tags().orElse(DEFAULT_TAGS), options.tags().isPresent(), options.features(), true);
            case "teardown" -> TeardownCommand.run(config, options, out);
            case "sandbox" -> SandboxCommand.run(config, out);
            case "report" -> ReportBuilder.build().map(p -> {
                out.println("Report: " + p);
                return 0;
            }).orElse(1);
            default -> throw new CliOptions.UsageError("Unknown command '" + options.command() + "'.");
        };
    }

    private int setup(CliOptions options, HarnessConfig config) {
        if (options.fresh() && !config.isSandbox()) {
            TeardownCommand.run(config, options, out);
        }
        int result = scenarios(config, options.tags().orElse(E2E_TAGS), options.tags().isPresent(), List.of(), options.htmlReport());
        Receipt.existing(Path.of("reports"), config.runId()).ifPresent(receipt -> out.println(receipt.table()));
        return result;
    }

    /**
     * Runs the scenarios; {@code htmlReport}: then build the Allure HTML report, a second JVM that
     * takes longer than starting the run (setup builds it only with --report; ./harness report later).
     */
    private int scenarios(HarnessConfig config, String tags, boolean userTags, List<String> features, boolean htmlReport) {
        int selected = ScenarioSelection.check(workspace.features(), tags, userTags, features);
        ReportsCheck.writable(workspace);
        preflight.check(config.browser());
        long failed;
        try (HarnessRun run = HarnessRun.startForScenarios(config)) {
            out.println("Running " + selected + " scenario" + (selected == 1 ? "" : "s") + " (" + tags + ") on profile '"
                    + config.profile() + "' (target " + config.target().name().toLowerCase() + ", run id " + run.runId() + ")");
            failed = ScenarioRunner.run(config, tags, features);
        }
        if (htmlReport) {
            ReportBuilder.build().ifPresent(p -> out.println("Report: " + p));
        } else {
            ReportBuilder.guideOnly();
            out.println("Report: ./harness report builds the HTML report from " + ReportBuilder.RESULTS.toAbsolutePath());
        }
        return failed == 0 ? 0 : 1;
    }
}
