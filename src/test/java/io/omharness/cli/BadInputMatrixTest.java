package io.omharness.cli;

import com.sun.net.httpserver.HttpServer;
import io.omharness.browser.BrowserPreflight;
import io.omharness.lifecycle.HarnessRun;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What a new user gets wrong, row by row: each is refused with exit 2 and one message naming the
 * input and the fix, before any browser, sandbox or run starts; no browser profile directory is left
 * behind and the previous run's results are still there.
 */
class BadInputMatrixTest {
    private static final Path PREVIOUS = Path.of("reports", "allure-results", "previous-run-result.json");
    private static Path scratch;
    private static HttpServer notAGrid;
    private static HttpServer gridWithoutNodes;
    private static int closedPort;
    private static boolean markerWasOurs;

    @BeforeAll
    static void start() throws IOException {
        scratch = Files.createTempDirectory(Path.of("target"), "bad-input-");
        Files.createDirectories(PREVIOUS.getParent());
        markerWasOurs = !Files.exists(PREVIOUS);
        Files.writeString(PREVIOUS, "{\"name\":\"a result of the previous run\"}");
        notAGrid = server(200, "<html><body>Sandbox is running</body></html>");
        gridWithoutNodes = server(200, "{\"value\":{\"ready\":false,\"message\":\"Selenium Grid not ready.\"}}");
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        writeConfigVariants();
    }

    @AfterAll
    static void stop() throws IOException {
        notAGrid.stop(0);
        gridWithoutNodes.stop(0);
        if (markerWasOurs) {
            Files.deleteIfExists(PREVIOUS);
        }
    }

    static Stream<Arguments> badInputs() {
        return Stream.of(
                // the command line itself
                row("Unknown command 'deploy'", "deploy"),
                row("Unknown option '--fast'", "verify", "--fast"),
                row("Option --tags needs a value", "verify", "--tags"),
                row("Option --profile needs a value", "verify", "--profile"),
                row("Unexpected argument 'smoke'", "verify", "smoke"),
                row("Unexpected argument 'features/00_smoke.feature:abc'", "verify", "features/00_smoke.feature:abc"),
                row("--tags selects scenarios of setup and verify", "sandbox", "--tags", "@smoke"),
                row("Feature files and lines are for verify", "setup", "features/00_smoke.feature"),
                row("--all-runs is an option of teardown", "verify", "--all-runs"),
                row("teardown works on real orgs", "teardown"),
                // tag expressions
                row("is not a tag expression", "verify", "--tags", "@smoke and"),
                row("is not a tag expression", "verify", "--tags", "(@smoke or @e2e"),
                row("is not a tag expression", "verify", "--tags", "@smoke or or @e2e"),
                row("Fix: --tags \"@smoke\"", "verify", "--tags", "smoke"),
                row("Fix: --tags \"@genesys and not @negative\"", "verify", "--tags", "@genesys and not negative"),
                row("--tags needs an expression", "verify", "--tags", " "),
                row("No feature uses the tag @no-such-tag. Known tags: @destructive @e2e", "verify", "--tags", "@no-such-tag"),
                row("--tags \"@smoke and @e2e\" selects no scenario. Known tags:", "verify", "--tags", "@smoke and @e2e"),
                row("selects no scenario in features/00_smoke.feature", "verify", "features/00_smoke.feature", "--tags", "@e2e"),
                row("--tags \"@e2e and @smoke\" selects no scenario", "setup", "--tags", "@e2e and @smoke"),
                // feature files and lines
                row("Line 99 of features/00_smoke.feature holds no scenario", "verify", "features/00_smoke.feature:99"),
                row("features/00_smoke.feature:5  Scenario: The sandbox serves", "verify", "features/00_smoke.feature:1"),
                row("No feature file features/missing.feature", "verify", "features/missing.feature:3"),
                // configuration keys and values
                row("harness.timeout.ui (in -Dharness.timeout.ui) is not a configuration key. Fix: did you mean harness.timeouts.ui?",
                        "verify", "-Dharness.timeout.ui=1ms"),
                row("did you mean harness.browser.headless?", "verify", "-Dharness.browser.headles=false"),
                row("-Dtimeouts.ui is not a harness key", "verify", "-Dtimeouts.ui=30s"),
                row("'-Dharness.keep' has no value", "verify", "-Dharness.keep"),
                row("did you mean harness.browser.headless?", () -> new String[]{"verify",
                        "-Dharness.configDir=" + scratch.resolve("local-typo")}),
                row("harness.timeouts.uii", () -> new String[]{"verify", "--profile", "typo",
                        "-Dharness.configDir=" + scratch.resolve("profile-typo")}),
                row("Unknown profile 'nope'", "verify", "--profile", "nope"),
                row("harness.parallelism 0 is out of range", "verify", "-Dharness.parallelism=0"),
                row("harness.parallelism", "verify", "--parallel", "many"),
                row("harness.sandbox.seed 'abc' is not a whole number", "verify", "--seed", "abc"),
                row("harness.sandbox.navigation 'sideways'", "verify", "--navigation", "sideways"),
                row("harness.sandbox.salesforceUi 'classic'", "verify", "--salesforce-ui", "classic"),
                row("harness.timeouts.ui", "verify", "-Dharness.timeouts.ui=soon"),
                row("harness.target 'production' is not allowed", "verify", "-Dharness.target=production"),
                row("harness.openMessaging.webhookToken is 3 characters long", "verify", "-Dharness.openMessaging.webhookToken=123"),
                row("export GENESYS_PASSWORD", "setup", "--profile", "demo-org"),
                row("export GENESYS_PASSWORD", "doctor", "--profile", "demo-org"),
                row("--tags selects scenarios of setup and verify; doctor runs none", "doctor", "--tags", "@smoke"),
                row("Unknown profile 'nope'", "doctor", "--profile", "nope"),
                // the browser: paths and Grid, checked before the run
                row("harness.browser.driver points to /nowhere/chromedriver", "verify", "-Dharness.browser.driver=/nowhere/chromedriver"),
                row("harness.browser.binary points to /nowhere/chromium", "verify", "-Dharness.browser.binary=/nowhere/chromium"),
                row("harness.browser.gridUrl 'not a url' is not a URL", "verify", "-Dharness.browser.gridUrl=not a url"),
                row("connection refused", () -> new String[]{"verify", "-Dharness.browser.gridUrl=http://127.0.0.1:" + closedPort}),
                row("does not answer like a Selenium Grid", () -> new String[]{"verify",
                        "-Dharness.browser.gridUrl=http://127.0.0.1:" + notAGrid.getAddress().getPort()}),
                row("is not ready", () -> new String[]{"verify", "--tags", "@smoke",
                        "-Dharness.browser.gridUrl=http://127.0.0.1:" + gridWithoutNodes.getAddress().getPort() + "/"}));
    }

    @ParameterizedTest(name = "[{index}] {1}")
    @MethodSource("badInputs")
    void isRefusedBeforeAnythingStarts(String expected, Supplier<String[]> args) {
        assertRefused(new Workspace(Path.of("features"), Path.of("reports")), args.get(), expected);
    }

    static Stream<Arguments> unwritableReports() {
        return Stream.of(Arguments.of("reports"), Arguments.of("reports/allure-results"));
    }

    /** As root every folder is writable, so the unwritable case is the one root meets too: a file in the way. */
    @ParameterizedTest(name = "{0} is a file")
    @MethodSource("unwritableReports")
    void aReportsFolderThatCannotBeWrittenIsRefused(String inTheWay) throws IOException {
        Path root = Files.createTempDirectory(scratch, "reports-");
        Path file = root.resolve(inTheWay);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "not a folder");
        assertRefused(new Workspace(Path.of("features"), root.resolve("reports")),
                new String[]{"verify", "--tags", "@smoke"}, file + " is a file, not a folder");
        assertThat(file).isRegularFile().hasContent("not a folder");
    }

    private static void assertRefused(Workspace workspace, String[] args, String expected) {
        Set<Path> profilesBefore = browserProfiles();
        List<Long> childrenBefore = children();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new HarnessCli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                workspace, BrowserPreflight.forThisMachine()).run(args);

        String message = err.toString(StandardCharsets.UTF_8);
        assertThat(exit).as("exit code of %s; stderr: %s", List.of(args), message).isEqualTo(2);
        assertThat(message).startsWith("harness: ").contains(expected);
        assertThat(out.toString(StandardCharsets.UTF_8)).as("nothing ran").isEmpty();
        assertThatThrownBy(HarnessRun::active).as("no run (sandbox, browser pool) was started")
                .isInstanceOf(IllegalStateException.class);
        assertThat(children()).as("no browser or driver process started").isEqualTo(childrenBefore);
        assertThat(browserProfiles()).as("no browser profile directory left behind").isEqualTo(profilesBefore);
        assertThat(PREVIOUS).as("the previous run's results are kept").exists();
    }

    private static List<Long> children() {
        return ProcessHandle.current().children().map(ProcessHandle::pid).sorted().toList();
    }

    private static Set<Path> browserProfiles() {
        try (Stream<Path> entries = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return entries.filter(p -> p.getFileName().toString().startsWith("omh-browser-")).collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Arguments row(String expected, String... args) {
        return row(expected, () -> args);
    }

    private static Arguments row(String expected, Supplier<String[]> args) {
        return Arguments.of(expected, new Supplier<String[]>() {
            @Override
            public String[] get() {
                return args.get();
            }

            @Override
            public String toString() {
                return String.join(" ", args.get());
            }
        });
    }

    private static HttpServer server(int status, String body) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return server;
    }

    /** Copies of config/ with a misspelt key in local.conf, and a profile with a misspelt key. */
    private static void writeConfigVariants() throws IOException {
        for (String variant : List.of("local-typo", "profile-typo")) {
            Path dir = Files.createDirectories(scratch.resolve(variant));
            try (Stream<Path> files = Files.list(Path.of("config"))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".conf") && !p.endsWith("local.conf")).toList()) {
                    Files.copy(f, dir.resolve(f.getFileName()));
                }
            }
        }
        Files.writeString(scratch.resolve("local-typo/local.conf"), "harness.browser.hedless = false\n");
        Files.writeString(scratch.resolve("profile-typo/typo.conf"), "include \"application\"\nharness.timeouts.uii = 3s\n");
    }
}
