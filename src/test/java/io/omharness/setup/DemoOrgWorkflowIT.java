package io.omharness.setup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.omharness.config.Secret;
import io.omharness.control.TwinControl;
import io.omharness.genesys.api.GenesysApi;
import io.omharness.poll.Poll;
import io.omharness.salesforce.api.SalesforceApi;
import io.omharness.target.OrgAccess;
import io.omharness.target.SalesforceAuth;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The solution engineer's workflow, end to end and out of process: the twin runs as ./harness sandbox
 * does (its own JVM), the demo-org profile is pointed at it by URL exactly as that command prints, and
 * ./harness setup / plan / teardown run as separate processes. Setup is killed with SIGKILL at three
 * steps and run again; it must converge to one of each object, complete. The harness itself never calls
 * the twin's control API here: only this test does (to check the tenant's own objects).
 */
class DemoOrgWorkflowIT {
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(3);
    private static final Path WORKSPACE = Path.of("target", "demo-org-it");
    private static HarnessProcess twin;
    private static Pointer pointer;
    private static GenesysApi genesys;
    private final String run = "it" + Long.toString(Instant.now().getEpochSecond(), 36);

    @BeforeAll
    static void startTheTwinInItsOwnProcess() throws Exception {
        HarnessProcess.workspace(WORKSPACE);
        twin = HarnessProcess.start(WORKSPACE, "sandbox", Map.of(), List.of("sandbox", "--seed", "4242"));
        waitUntil("the sandbox to print its tenant", Duration.ofSeconds(60), () -> twin.output().contains("Its own objects:"));
        pointer = Pointer.parse(twin.output());
        genesys = new GenesysApi(pointer.genesys());
    }

    @AfterAll
    static void stopTheTwin() throws Exception {
        if (twin != null) {
            twin.kill();
        }
    }

    @Test
    void setupConvergesAfterKillsAndTeardownRemovesExactlyTheRun() throws Exception {
        String otherRunsQueue = genesys.createQueue("omh-otherrun-queue").getId();

        Path leftBehind = killedAt("a queue of the run exists", () -> genesys.findQueue(name("queue")).isPresent());
        killedAt("a flow of the run exists", () -> genesys.findInboundMessageFlow(name("flow")).isPresent());
        killedAt("a platform of the run exists", () -> genesys.findOpenMessaging(name("platform")).isPresent());
        assertThat(onePerKindAtMost()).as("objects of run %s after three kills", run).isTrue();

        HarnessProcess finished = harness("setup-complete", "setup");
        assertThat(finished.waitFor(RUN_TIMEOUT)).as("setup after the kills:\n%s", finished.output()).isZero();
        assertThat(leftBehind).as("the killed run's browser profile, removed by the next run").doesNotExist();
        assertThat(processesUsing(leftBehind)).as("browser processes of the killed run").isEmpty();
        List<String> ids = completeSetupIds();

        HarnessProcess again = harness("setup-again", "setup");
        assertThat(again.waitFor(RUN_TIMEOUT)).as("setup again:\n%s", again.output()).isZero();
        assertThat(completeSetupIds()).as("ids after a second setup (nothing new)").isEqualTo(ids);
        assertThat(receiptOutcomes()).as("the second run's receipt").containsOnly("REUSED").hasSize(4);

        // a change by hand: the platform's address now routes to the org's own flow
        String ownFlow = genesys.listAllInboundMessageFlows().stream().filter(f -> !f.getName().startsWith("omh-"))
                .findFirst().orElseThrow().getId();
        genesys.messaging().routeRecipientToFlow(genesys.findOpenMessaging(name("platform")).orElseThrow().getRecipient().getId(), ownFlow);
        HarnessProcess repair = harness("setup-repair", "setup");
        assertThat(repair.waitFor(RUN_TIMEOUT)).as("setup after a change by hand:\n%s", repair.output()).isZero();
        assertThat(completeSetupIds()).as("ids after the repair (nothing new)").isEqualTo(ids);
        assertThat(receiptOutcomes()).as("the repairing run's receipt").containsExactly("REUSED", "REUSED", "REUSED", "REPAIRED");

        HarnessProcess fresh = harness("setup-fresh", "setup", "--fresh");
        assertThat(fresh.waitFor(RUN_TIMEOUT)).as("setup --fresh:\n%s", fresh.output()).isZero();
        List<String> freshIds = completeSetupIds();
        assertThat(freshIds).as("ids after setup --fresh (all new)").doesNotContainAnyElementsOf(ids);
        assertThat(receiptOutcomes()).as("the fresh run's receipt").containsOnly("CREATED");

        HarnessProcess plan = harness("plan", "plan");
        assertThat(plan.waitFor(RUN_TIMEOUT)).as("plan:\n%s", plan.output()).isZero();
        assertThat(plan.output()).as("plan output").containsPattern("REUSE +queue")
                .containsPattern("REUSE +Inbound Message flow").containsPattern("REUSE +Open Messaging platform")
                .containsPattern("REUSE +message route").contains("Not touched:");

        SalesforceApi salesforce = new SalesforceApi(pointer.salesforce(), "v60.0");
        assertThat(salesforceRecordsOfTheRun(salesforce)).as("Salesforce records of the run before teardown").isEqualTo(2);
        HarnessProcess teardown = harness("teardown", "teardown");
        assertThat(teardown.waitFor(RUN_TIMEOUT)).as("teardown:\n%s", teardown.output()).isZero();
        assertThat(genesys.findQueue(name("queue"))).as("the run's queue").isEmpty();
        assertThat(genesys.findInboundMessageFlow(name("flow"))).as("the run's flow").isEmpty();
        assertThat(genesys.findOpenMessaging(name("platform"))).as("the run's platform").isEmpty();
        assertThat(salesforceRecordsOfTheRun(salesforce)).as("Salesforce records of the run after teardown").isZero();
        assertThat(genesys.findQueue("omh-otherrun-queue")).as("another run's queue").isPresent();
        TwinControl.CustomerObjects own = new TwinControl(pointer.controlBase()).customerObjects(pointer.tenantId());
        assertThat(own.changes()).as("changes to the tenant's own objects").isEmpty();
        assertThat(own.intact()).isTrue();
        genesys.deleteQueue(otherRunsQueue);
    }

    @Test
    void theRunIdPrintedAtStartIsTheOneSetupNamesWithAndTeardownRemoves() throws Exception {
        HarnessProcess setup = HarnessProcess.start(WORKSPACE, "setup-without-run-id", pointer.secrets(),
                concat(List.of("setup"), pointer.options()));
        assertThat(setup.waitFor(RUN_TIMEOUT)).as("setup:\n%s", setup.output()).isZero();
        String printed = printedRunId(setup.output());
        assertThat(genesys.findQueue("omh-" + printed + "-queue")).as("queue named with the printed run id %s", printed)
                .isPresent();
        assertThat(WORKSPACE.resolve("reports").resolve("setup-" + printed + ".json")).as("receipt").exists();

        HarnessProcess teardown = HarnessProcess.start(WORKSPACE, "teardown-printed-id", pointer.secrets(),
                concat(List.of("teardown", "--run-id", printed), pointer.options()));
        assertThat(teardown.waitFor(RUN_TIMEOUT)).as("teardown:\n%s", teardown.output()).isZero();
        assertThat(teardown.output()).contains("Genesys Cloud: removed 4 entries");
        assertThat(genesys.findQueue("omh-" + printed + "-queue")).as("queue of run %s after teardown", printed).isEmpty();
    }

    @Test
    void theRunIdPrintedByVerifyIsTheOneInTheReport() throws Exception {
        HarnessProcess verify = HarnessProcess.start(WORKSPACE, "verify-smoke", Map.of(), List.of("verify", "--tags", "@smoke"));
        assertThat(verify.waitFor(RUN_TIMEOUT)).as("verify:\n%s", verify.output()).isZero();
        String printed = printedRunId(verify.output());
        assertThat(Files.readString(WORKSPACE.resolve("reports/allure-results/environment.properties")))
                .as("the report's environment").contains("Run.id=" + printed + "\n");
    }

    private static String printedRunId(String output) {
        Matcher m = Pattern.compile("run id ([a-z0-9-]+)\\)").matcher(output);
        assertThat(m.find()).as("a run id printed at start:\n%s", output).isTrue();
        return m.group(1);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** Starts setup, SIGKILLs it when the condition holds, and returns a browser profile it left behind. */
    private Path killedAt(String when, BooleanSupplier condition) throws Exception {
        HarnessProcess setup = harness("setup-killed-" + when.replace(' ', '-'), "setup");
        waitUntil(when + " (setup output so far:\n" + setup.output() + ")", RUN_TIMEOUT,
                () -> condition.getAsBoolean() || !setup.isAlive());
        assertThat(setup.isAlive()).as("setup still running when %s:\n%s", when, setup.output()).isTrue();
        List<Path> profiles = profilesOwnedBy(setup.pid());
        setup.kill();
        assertThat(onePerKindAtMost()).as("objects of run %s after a kill when %s", run, when).isTrue();
        return profiles.isEmpty() ? WORKSPACE.resolve("no-profile") : profiles.get(0);
    }

    private HarnessProcess harness(String logName, String... command) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of("--run-id", run));
        args.addAll(pointer.options());
        return HarnessProcess.start(WORKSPACE, run + "-" + logName, pointer.secrets(), args);
    }

    private String name(String what) {
        return "omh-" + run + "-" + what;
    }

    private boolean onePerKindAtMost() {
        long queues = genesys.listAllQueues().stream().filter(q -> q.getName().equals(name("queue"))).count();
        long flows = genesys.listAllInboundMessageFlows().stream().filter(f -> f.getName().equals(name("flow"))).count();
        long platforms = genesys.listAllOpenMessaging().stream().filter(i -> i.getName().equals(name("platform"))).count();
        return queues <= 1 && flows <= 1 && platforms <= 1;
    }

    /** Exactly one queue with the user, one published flow, one completed platform routed to that flow. */
    private List<String> completeSetupIds() {
        var queue = genesys.findQueue(name("queue")).orElseThrow();
        var flow = genesys.findInboundMessageFlow(name("flow")).orElseThrow();
        var platform = genesys.findOpenMessaging(name("platform")).orElseThrow();
        assertThat(onePerKindAtMost()).as("one object of each kind").isTrue();
        assertThat(genesys.memberNames(queue.getId())).as("members of the queue").isNotEmpty();
        assertThat(flow.getPublishedVersion()).as("published version of the flow").isNotNull();
        assertThat(platform.getCreateStatus()).as("createStatus of the platform").hasToString("Completed");
        assertThat(genesys.recipient(platform.getRecipient().getId()).getFlow().getId()).as("flow of the route")
                .isEqualTo(flow.getId());
        return List.of(queue.getId(), flow.getId(), platform.getId());
    }

    private List<String> receiptOutcomes() throws Exception {
        JsonNode receipt = new ObjectMapper().readTree(WORKSPACE.resolve("reports").resolve("setup-" + run + ".json").toFile());
        List<String> outcomes = new ArrayList<>();
        receipt.path("objects").forEach(o -> outcomes.add(o.path("outcome").asText()));
        return outcomes;
    }

    private int salesforceRecordsOfTheRun(SalesforceApi salesforce) {
        String like = "'omh-" + run + "-%'";
        return salesforce.query("SELECT Id FROM gcxr__Genesys_Cloud_Queue__c WHERE Name LIKE " + like).totalSize()
                + salesforce.query("SELECT Id FROM gcxr__Genesys_Cloud_Entity__c WHERE Name LIKE " + like).totalSize();
    }

    /** The browser profiles a harness process recorded as its own (and that have browser processes now). */
    private static List<Path> profilesOwnedBy(long pid) throws Exception {
        try (Stream<Path> dirs = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return dirs.filter(d -> d.getFileName().toString().startsWith("omh-browser-"))
                    .filter(d -> owner(d).equals(Long.toString(pid)) && !processesUsing(d).isEmpty()).toList();
        }
    }

    private static String owner(Path profile) {
        try {
            return Files.readAllLines(profile.resolve(".omh-owner")).get(0).trim();
        } catch (Exception e) {
            return "";
        }
    }

    private static List<Long> processesUsing(Path profile) {
        String flag = "--user-data-dir=" + profile;
        return ProcessHandle.allProcesses().filter(p -> p.info().commandLine().orElse("").contains(flag))
                .map(ProcessHandle::pid).toList();
    }

    private static void waitUntil(String what, Duration timeout, BooleanSupplier condition) {
        Poll.until(what, timeout, Duration.ofMillis(250),
                () -> condition.getAsBoolean() ? Optional.of(true) : Optional.empty());
    }

    /** What ./harness sandbox printed: the options and secrets that point the demo-org profile at its tenant. */
    record Pointer(List<String> options, Map<String, String> secrets, String tenantId, String controlBase) {
        private static final Pattern OPTION = Pattern.compile("(--profile \\S+|-Dharness\\.[\\w.]+=\\S*)");
        private static final Pattern SECRET = Pattern.compile("([A-Z_]+)='([^']*)'");

        static Pointer parse(String printed) {
            List<String> options = new ArrayList<>();
            Matcher o = OPTION.matcher(printed);
            while (o.find()) {
                options.addAll(List.of(o.group(1).split(" ", 2)));
            }
            Map<String, String> secrets = new HashMap<>();
            Matcher s = SECRET.matcher(printed);
            while (s.find()) {
                secrets.put(s.group(1), s.group(2));
            }
            String tenant = line(printed, "Tenant id:");
            String home = line(printed, "Sandbox home:");
            return new Pointer(options, secrets, tenant, home.replaceAll("/__sandbox$", ""));
        }

        private static String line(String printed, String label) {
            return printed.lines().filter(l -> l.trim().startsWith(label)).findFirst()
                    .map(l -> l.trim().substring(label.length()).trim().split("\\s+")[0]).orElseThrow(
                            () -> new AssertionError("./harness sandbox printed no '" + label + "':\n" + printed));
        }

        String option(String key) {
            return options.stream().filter(o -> o.startsWith("-D" + key + "=")).findFirst()
                    .map(o -> o.substring(key.length() + 3)).orElseThrow();
        }

        OrgAccess.Genesys genesys() {
            return new OrgAccess.Genesys(option("harness.genesys.loginUrl"), option("harness.genesys.appsUrl"),
                    option("harness.genesys.apiUrl"), option("harness.genesys.org"), option("harness.genesys.user.email"),
                    Secret.of(secrets.get("GENESYS_PASSWORD")), secrets.get("GENESYS_CLIENT_ID"),
                    Secret.of(secrets.get("GENESYS_CLIENT_SECRET")));
        }

        OrgAccess.Salesforce salesforce() {
            String login = option("harness.salesforce.loginUrl");
            SalesforceAuth jwt;
            try {
                jwt = new SalesforceAuth(SalesforceAuth.Flow.JWT, secrets.get("SALESFORCE_CONSUMER_KEY"), Secret.of(""),
                        Secret.of(Files.readString(Path.of(secrets.get("SALESFORCE_PRIVATE_KEY_FILE")))), Secret.of(""), login);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return new OrgAccess.Salesforce(login, option("harness.salesforce.setupUrl"),
                    option("harness.salesforce.username"), Secret.of(secrets.get("SALESFORCE_PASSWORD")), jwt);
        }
    }
}
