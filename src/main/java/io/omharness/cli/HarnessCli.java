package io.omharness.cli;

import io.omharness.config.ConfigLoader;
import io.omharness.config.ConfigProblem;
import io.omharness.config.HarnessConfig;

import java.nio.file.Path;
import java.util.List;

/**
 * Entry point of ./harness. Checks everything it can before any browser starts (options, profile,
 * config, tags) and exits 2 with one clear message when something is wrong.
 */
public final class HarnessCli {
    static final String E2E_TAGS = "@e2e";
    static final String DEFAULT_TAGS = "not @wip";

    private HarnessCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        CliOptions options = null;
        try {
            options = CliOptions.parse(args);
            if (options.help()) {
                System.out.println(CliOptions.USAGE);
                return 0;
            }
            options.properties().forEach(System::setProperty);
            if (options.command().equals("setup") && !options.properties().containsKey("harness.keep")) {
                // setup builds what a solution engineer asked for: on real orgs it stays (teardown removes it)
                System.setProperty("harness.keep", Boolean.toString(!isSandboxProfile()));
            }
            HarnessConfig config = ConfigLoader.forThisProcess().load();
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
        } finally {
            if (options != null) {
                options.properties().keySet().forEach(System::clearProperty);
                System.clearProperty("harness.keep");
            }
        }
    }

    private static boolean isSandboxProfile() {
        return ConfigLoader.forThisProcess().load().isSandbox();
    }

    private static int execute(CliOptions options, HarnessConfig config) throws InterruptedException {
        return switch (options.command()) {
            case "setup" -> scenarios(config, options.tags().orElse(E2E_TAGS), List.of());
            case "verify" -> scenarios(config, options.tags().orElse(DEFAULT_TAGS), options.features());
            case "teardown" -> TeardownCommand.run(config, options.allRuns());
            case "sandbox" -> SandboxCommand.run(config);
            case "report" -> ReportBuilder.build().map(p -> {
                System.out.println("Report: " + p);
                return 0;
            }).orElse(1);
            default -> throw new CliOptions.UsageError("Unknown command '" + options.command() + "'.");
        };
    }

    private static int scenarios(HarnessConfig config, String tags, List<String> features) {
        TagCatalog catalog = new TagCatalog(Path.of("features"));
        List<String> unknown = tags.equals(DEFAULT_TAGS) ? List.of() : catalog.unknownIn(tags);
        if (!unknown.isEmpty()) {
            throw new CliOptions.UsageError("No feature uses the tag" + (unknown.size() > 1 ? "s " : " ")
                    + String.join(", ", unknown) + ". Known tags: " + String.join(" ", catalog.known()) + ".");
        }
        for (String feature : features) {
            if (!java.nio.file.Files.isRegularFile(Path.of(feature.split(":")[0]))) {
                throw new CliOptions.UsageError("No feature file " + feature.split(":")[0] + ". Feature files are under features/.");
            }
        }
        System.out.println("Running scenarios " + tags + " on profile '" + config.profile() + "' (target "
                + config.target().name().toLowerCase() + ", run id " + config.runId() + ")");
        long failed = ScenarioRunner.run(config, tags, features);
        ReportBuilder.build().ifPresent(p -> System.out.println("Report: " + p));
        return failed == 0 ? 0 : 1;
    }
}
