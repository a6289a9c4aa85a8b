package io.omharness.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The parsed command line: one subcommand and its options. Bad input throws {@link UsageError}. */
record CliOptions(String command, Optional<String> tags, Map<String, String> properties, boolean help, boolean allRuns,
                  List<String> features) {
    static final Set<String> COMMANDS = Set.of("setup", "verify", "teardown", "sandbox", "report", "help");

    static CliOptions parse(String[] args) {
        String command = null;
        Optional<String> tags = Optional.empty();
        Map<String, String> props = new LinkedHashMap<>();
        boolean help = false;
        boolean allRuns = false;
        List<String> features = new ArrayList<>();
        List<String> rest = new ArrayList<>(List.of(args));
        while (!rest.isEmpty()) {
            String arg = rest.remove(0);
            switch (arg) {
                case "-h", "--help" -> help = true;
                case "--profile" -> props.put("harness.profile", value(arg, rest));
                case "--tags" -> tags = Optional.of(value(arg, rest));
                case "--headed" -> props.put("harness.browser.headless", "false");
                case "--keep" -> props.put("harness.keep", "true");
                case "--seed" -> props.put("harness.sandbox.seed", value(arg, rest));
                case "--navigation" -> props.put("harness.sandbox.navigation", value(arg, rest));
                case "--parallel" -> props.put("harness.parallelism", value(arg, rest));
                case "--run-id" -> props.put("harness.runId", value(arg, rest));
                case "--all-runs" -> allRuns = true;
                case "--rerun-failed" -> features.addAll(RerunFile.failedScenarios());
                default -> {
                    if (arg.startsWith("-D") && arg.contains("=")) {
                        int eq = arg.indexOf('=');
                        props.put(arg.substring(2, eq), arg.substring(eq + 1));
                    } else if (arg.startsWith("-")) {
                        throw new UsageError("Unknown option '" + arg + "'.");
                    } else if (command == null) {
                        if (!COMMANDS.contains(arg)) {
                            throw new UsageError("Unknown command '" + arg + "'. Commands: setup, verify, teardown, sandbox, report.");
                        }
                        command = arg;
                    } else if (arg.matches(".+\\.feature(:\\d+)?")) {
                        features.add(arg);
                    } else {
                        throw new UsageError("Unexpected argument '" + arg + "' after the command '" + command + "'.");
                    }
                }
            }
        }
        if (command == null || command.equals("help")) {
            help = true;
            command = "help";
        }
        return new CliOptions(command, tags, props, help, allRuns, features);
    }

    private static String value(String option, List<String> rest) {
        if (rest.isEmpty() || rest.get(0).startsWith("--")) {
            throw new UsageError("Option " + option + " needs a value.");
        }
        return rest.remove(0);
    }

    static final String USAGE = """
            Usage: ./harness <command> [options] [features/FILE.feature[:LINE] ...]

            Commands:
              setup      Build the guide's whole setup through the UI (the @e2e scenario) and verify it.
                         On real orgs what it creates is kept (it is the setup you asked for).
              verify     Run the acceptance scenarios (all, those selected with --tags, or the given
                         feature files and lines, e.g. features/01_message_flow_and_open_messaging.feature:10;
                         a line inside a scenario runs that scenario).
              teardown   Remove what the harness created (names <prefix>-<run id>-...) through the API.
              sandbox    Start the embedded twin of Genesys Cloud CX and Salesforce for a person to use;
                         prints its URLs, logins and DOM seed; runs until Ctrl-C.
              report     Build the HTML report from reports/allure-results into reports/allure-report.

            Options:
              --profile NAME      config/NAME.conf (sandbox [default], ci, demo-org, or your own)
              --tags EXPR         Cucumber tag expression, e.g. "@genesys and not @negative"
              --headed            show the browser (default: headless)
              --keep              keep what the scenarios create (no clean-up)
              --seed N            sandbox DOM seed (ids and classes), to reproduce a run
              --navigation NAME   sandbox Genesys navigation: legacy (Admin menu) or new (Menu)
              --parallel N        scenarios (and browsers) at once
              --run-id ID         name objects <prefix>-ID-...; teardown removes that run's objects
              --all-runs          teardown: remove the objects of every harness run (<prefix>-*)
              --rerun-failed      verify: run again the scenarios that failed last time (reports/rerun.txt)
              -Dkey=value         any config key, e.g. -Dharness.timeouts.ui=30s
              -h, --help          this help

            Exit codes: 0 passed, 1 scenarios failed, 2 bad input (config, option, tag, profile).
            """;

    /** A problem with the command line itself. */
    static final class UsageError extends RuntimeException {
        UsageError(String message) {
            super(message);
        }
    }
}
