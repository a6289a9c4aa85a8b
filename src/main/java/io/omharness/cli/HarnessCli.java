package io.omharness.cli;

import io.omharness.config.ConfigLoader;
import io.omharness.config.ConfigProblem;
import io.omharness.config.HarnessConfig;
import io.omharness.lifecycle.HarnessRun;
import io.omharness.setup.Receipt;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Entry point of ./harness. Checks everything it can before any browser starts (options, profile,
 * config, tags) and exits 2 with one clear message when something is wrong. The configuration is
 * loaded once here; the run it starts is the one every scenario of this process works in.
 */
public final class HarnessCli {
    static final String E2E_TAGS = "@e2e";
    static final String DEFAULT_TAGS = "not @wip";

    private final PrintStream out;

    HarnessCli(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) {
        System.exit(new HarnessCli(System.out).run(args));
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
            System.err.println("harness: " + e.getMessage());
            System.err.println("Run ./harness --help for the commands and options.");
            return 2;
        } catch (ConfigProblem e) {
            System.err.println("harness: " + e.getMessage());
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
            case "verify" -> scenarios(options, config, options.tags().orElse(DEFAULT_TAGS), options.features());
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
        int result = scenarios(options, config, options.tags().orElse(E2E_TAGS), List.of());
        Receipt.existing(Path.of("reports"), config.runId()).ifPresent(receipt -> out.println(receipt.table()));
        return result;
    }

    private int scenarios(CliOptions options, HarnessConfig config, String tags, List<String> features) {
        TagCatalog catalog = new TagCatalog(Path.of("features"));
        List<String> unknown = tags.equals(DEFAULT_TAGS) ? List.of() : catalog.unknownIn(tags);
        if (!unknown.isEmpty()) {
            throw new CliOptions.UsageError("No feature uses the tag" + (unknown.size() > 1 ? "s " : " ")
                    + String.join(", ", unknown) + ". Known tags: " + String.join(" ", catalog.known()) + ".");
        }
        for (String feature : features) {
            if (!Files.isRegularFile(Path.of(feature.split(":")[0]))) {
                throw new CliOptions.UsageError("No feature file " + feature.split(":")[0] + ". Feature files are under features/.");
            }
        }
        long failed;
        io.omharness.report.EnvironmentFile.clearResults(ReportBuilder.RESULTS); // the report shows this run only
        try (HarnessRun run = HarnessRun.start(config)) {
            out.println("Running scenarios " + tags + " on profile '" + config.profile() + "' (target "
                    + config.target().name().toLowerCase() + ", run id " + run.runId() + ")");
            failed = ScenarioRunner.run(config, tags, features);
        }
        ReportBuilder.build().ifPresent(p -> out.println("Report: " + p));
        return failed == 0 ? 0 : 1;
    }
}
