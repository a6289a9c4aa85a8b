package io.omharness.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The parsed command line: one subcommand and its options. Bad input throws {@link UsageError}. */
record CliOptions(String command, Optional<String> tags, Map<String, String> properties, boolean help, boolean allRuns,
                  List<String> features, boolean fresh, boolean htmlReport) {
    static final Set<String> COMMANDS = Set.of("setup", "plan", "verify", "teardown", "sandbox", "report", "doctor", "help");

    static CliOptions parse(String[] args) {
        String command = null;
        Optional<String> tags = Optional.empty();
        Map<String, String> props = new LinkedHashMap<>();
        boolean help = false;
        boolean allRuns = false;
        boolean fresh = false;
        boolean htmlReport = false;
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
                case "--salesforce-ui" -> props.put("harness.sandbox.salesforceUi", value(arg, rest));
                case "--parallel" -> props.put("harness.parallelism", value(arg, rest));
                case "--run-id" -> props.put("harness.runId", value(arg, rest));
                case "--all-runs" -> allRuns = true;
                case "--fresh" -> fresh = true;
                case "--report" -> htmlReport = true;
                case "--rerun-failed" -> features.addAll(RerunFile.failedScenarios());
                default -> {
                    if (arg.startsWith("-D")) {
                        property(arg, props);
                    } else if (arg.startsWith("-")) {
                        throw new UsageError("Unknown option '" + arg + "'.");
                    } else if (command == null) {
                        if (!COMMANDS.contains(arg)) {
                            throw new UsageError("Unknown command '" + arg + "'. Commands: setup, plan, verify, teardown, sandbox, report, doctor.");
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
        } else if (!help) {
            fitsTheCommand(command, tags, allRuns, features);
        }
        return new CliOptions(command, tags, props, help, allRuns, features, fresh, htmlReport);
    }

    /** -Dkey=value: ./harness reads only harness.* keys (ConfigLoader refuses the unknown ones among them). */
    private static void property(String arg, Map<String, String> props) {
        int eq = arg.indexOf('=');
        if (eq < 0) {
            throw new UsageError("'" + arg + "' has no value. Fix: " + arg + "=VALUE, e.g. -Dharness.timeouts.ui=30s.");
        }
        String key = arg.substring(2, eq);
        if (!key.startsWith("harness.")) {
            throw new UsageError("-D" + key + " is not a harness key: ./harness reads only harness.* keys "
                    + "(config/application.conf lists them). Fix: e.g. -Dharness." + key + "=" + arg.substring(eq + 1)
                    + " if that is the key you meant.");
        }
        props.put(key, arg.substring(eq + 1));
    }

    /** Options that another command would silently ignore are refused. */
    private static void fitsTheCommand(String command, Optional<String> tags, boolean allRuns, List<String> features) {
        if (tags.isPresent() && !Set.of("setup", "verify").contains(command)) {
            throw new UsageError("--tags selects scenarios of setup and verify; " + command + " runs none. "
                    + "Fix: ./harness verify --tags " + tags.get());
        }
        if (!features.isEmpty() && !command.equals("verify")) {
            throw new UsageError("Feature files and lines are for verify (" + command + " takes none). Fix: ./harness verify "
                    + String.join(" ", features));
        }
        if (allRuns && !command.equals("teardown")) {
            throw new UsageError("--all-runs is an option of teardown, not of " + command + ".");
        }
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
                         On real orgs what it creates is kept (it is the setup you asked for). Run it again
                         with the same --run-id and it converges: it reuses, finishes or repairs what the
                         run has, never duplicates; it writes reports/setup-<run id>.json (the receipt).
              plan       What setup --run-id ID would create, reuse or repair (real orgs; read-only).
              verify     Run the acceptance scenarios (all, those selected with --tags, or the given
                         feature files and lines, e.g. features/01_message_flow_and_open_messaging.feature:10;
                         a line inside a scenario runs that scenario).
              teardown   Remove what run --run-id ID created (its receipt, then names <prefix>-<run id>-...)
                         from Genesys Cloud, and press Retrieve Options so that Salesforce forgets it.
              sandbox    Start the embedded twin of Genesys Cloud CX and Salesforce for a person to use;
                         prints its URLs, logins and DOM seed; runs until Ctrl-C.
              report     Build the HTML report from reports/allure-results into reports/allure-report.
              doctor     Read-only check of an org before the first setup: logs in to both systems, opens
                         every page the guide visits (forms are opened and cancelled; nothing is saved,
                         published or retrieved) and reports per page object which locators resolve, with
                         a screenshot of each page in reports/doctor/ (summary: reports/doctor/doctor.txt).
                         Exit 1 when any does not. The sandbox by default; --profile demo-org for real orgs.

            Options:
              --profile NAME      config/NAME.conf (sandbox [default], ci, demo-org, or your own)
              --tags EXPR         Cucumber tag expression, e.g. "@genesys and not @negative"
              --headed            show the browser (default: headless)
              --keep              keep what the scenarios create (no clean-up)
              --seed N            sandbox DOM seed (ids and classes), to reproduce a run
              --navigation NAME   sandbox Genesys navigation: legacy (Admin menu) or new (Menu)
              --salesforce-ui UI  sandbox package settings: package (Configure) or app (App Launcher app)
              --parallel N        scenarios (and browsers) at once
              --run-id ID         name objects <prefix>-ID-...; teardown removes that run's objects
              --all-runs          teardown: remove the objects of every harness run (<prefix>-*)
              --fresh             setup: remove what this run id built first, then build everything anew
              --report            setup: build the HTML report too (verify always does; ./harness report later)
              --rerun-failed      verify: run again the scenarios that failed last time (reports/rerun.txt)
              -Dkey=value         any config key, e.g. -Dharness.timeouts.ui=30s
              -h, --help          this help

            Exit codes: 0 passed, 1 scenarios failed (doctor: a locator did not resolve), 2 bad input (config, option, tag, profile).
            """;

    /** A problem with the command line itself. */
    static final class UsageError extends RuntimeException {
        UsageError(String message) {
            super(message);
        }
    }
}
