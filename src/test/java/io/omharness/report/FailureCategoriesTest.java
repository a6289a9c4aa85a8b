package io.omharness.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.omharness.browser.BrowserFactory;
import io.omharness.browser.BrowserSession;
import io.omharness.browser.DriverResolver;
import io.omharness.config.BrowserSettings;
import io.omharness.config.Secret;
import io.omharness.control.TwinControl;
import io.omharness.genesys.api.GenesysApi;
import io.omharness.genesys.api.GenesysApiException;
import io.omharness.salesforce.api.SalesforceApi;
import io.omharness.target.OrgAccess;
import io.omharness.twin.SandboxServer;
import io.omharness.twin.core.TenantSettings;
import io.omharness.ui.Locator;
import io.omharness.ui.Ui;
import io.omharness.ui.UiTimeout;
import io.qameta.allure.model.Status;
import io.qameta.allure.model.StatusDetails;
import io.qameta.allure.util.ResultsUtils;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.SessionNotCreatedException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Each kind of failure, produced for real (by the harness's own code against the twin, a real browser,
 * a closed port, an unknown host), goes through the classifier and Allure's own status/trace extraction,
 * and lands in exactly one category of categories.json — matched the way Allure 2.34 matches them.
 */
class FailureCategoriesTest {
    private static final String PRODUCT = "Product defects";
    private static final String HARNESS = "Locator or harness defects";
    private static final String ENVIRONMENT = "Environment problems";
    private static final BrowserSettings CHROMIUM = new BrowserSettings("chromium", true, 1024, 768,
            Optional.empty(), Optional.empty(), Optional.empty());

    private static SandboxServer twin;
    private static OrgAccess tenant;
    private static BrowserSession browser;
    private static JsonNode categories;

    @BeforeAll
    static void start() throws IOException {
        try (InputStream in = FailureCategoriesTest.class.getResourceAsStream("/categories.json")) {
            categories = new ObjectMapper().readTree(in);
        }
        twin = SandboxServer.start(11, 0, TenantSettings::new);
        tenant = new TwinControl(twin.urls().genesys()).createTenant();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
        twin.close();
    }

    @Test
    void anAssertJAssertionWithADescriptionIsAProductDefect() {
        GenesysApi api = new GenesysApi(tenant.genesys());
        AssertionError failure = catchThrowableOfType(AssertionError.class, () ->
                assertThat(api.findQueue("omh-never-created-queue")).as("the queue built in step 3").isPresent());
        assertThat(failure.getMessage()).startsWith("[the queue built in step 3]");

        assertLandsIn(failure, FailureClassifier.Where.step("Then the queue exists in Genesys Cloud"), PRODUCT, Status.FAILED);
    }

    @Test
    void aStaleElementWhoseMessageNamesADevToolsPortIsALocatorDefect() {
        browser().driver().get(new TwinControl(twin.urls().genesys()).homeUrl());
        WebElement heading = browser().driver().findElement(By.tagName("h1"));
        browser().driver().navigate().refresh();
        StaleElementReferenceException failure = catchThrowableOfType(StaleElementReferenceException.class, heading::getText);
        // the numbers a message regex once took for an HTTP 401: the browser's DevTools port
        assertThat(failure.getMessage()).containsPattern("localhost:\\d+");

        assertLandsIn(failure, FailureClassifier.Where.step("Then I see the heading \"Sandbox is running\""), HARNESS, Status.BROKEN);
    }

    @Test
    void aUiTimeoutIsALocatorDefect() {
        Ui ui = new Ui(browser().driver(), Duration.ofMillis(400), Duration.ofMillis(50));
        ui.open(new TwinControl(twin.urls().genesys()).homeUrl());
        UiTimeout failure = catchThrowableOfType(UiTimeout.class, () -> ui.click(Locator.button("A button no page has")));

        assertLandsIn(failure, FailureClassifier.Where.step("When I click \"A button no page has\""), HARNESS, Status.BROKEN);
    }

    @Test
    void anAssertionInACleanUpHookIsAHarnessDefect() {
        AssertionError failure = catchThrowableOfType(AssertionError.class, () ->
                assertThat(List.of("omh-left-over-queue")).as("objects left after clean-up").isEmpty());

        assertLandsIn(failure, FailureClassifier.Where.hook("AFTER_SCENARIO io.omharness.steps.Hooks.removeWhatTheScenarioCreated()"),
                HARNESS, Status.BROKEN);
    }

    @Test
    void aWrongClientSecretIsAnEnvironmentProblem() {
        OrgAccess.Genesys g = tenant.genesys();
        OrgAccess.Genesys wrongSecret = new OrgAccess.Genesys(g.loginUrl(), g.appsUrl(), g.apiUrl(), g.org(), g.email(),
                g.password(), g.clientId(), Secret.of("not-the-client-secret"));
        GenesysApiException failure = catchThrowableOfType(GenesysApiException.class, () -> new GenesysApi(wrongSecret));
        assertThat(failure.status()).isEqualTo(401);

        assertLandsIn(failure, FailureClassifier.Where.step("Given a queue with a member exists"), ENVIRONMENT, Status.BROKEN);
    }

    @Test
    void aWrongSalesforcePasswordIsAnEnvironmentProblem() {
        OrgAccess.Salesforce s = tenant.salesforce();
        SalesforceApi api = new SalesforceApi(new OrgAccess.Salesforce(s.loginUrl(), s.setupUrl(), s.username(),
                Secret.of("not-the-password"), s.api().withFlow(io.omharness.target.SalesforceAuth.Flow.PASSWORD)), "v60.0");
        SalesforceApi.SalesforceApiException failure = catchThrowableOfType(SalesforceApi.SalesforceApiException.class, api::token);

        assertLandsIn(failure, FailureClassifier.Where.step("Then Salesforce lists the queue"), ENVIRONMENT, Status.BROKEN);
    }

    @Test
    void anApiNobodyListensOnIsAnEnvironmentProblem() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        OrgAccess.Genesys g = tenant.genesys();
        Throwable failure = catchThrowable(() -> new GenesysApi(new OrgAccess.Genesys(g.loginUrl(), g.appsUrl(),
                "http://127.0.0.1:" + closed, g.org(), g.email(), g.password(), g.clientId(), g.clientSecret())));
        assertThat(failure).isInstanceOf(GenesysApiException.class).hasCauseInstanceOf(java.net.ConnectException.class);

        assertLandsIn(failure, FailureClassifier.Where.step("Given a queue with a member exists"), ENVIRONMENT, Status.BROKEN);
    }

    @Test
    void aGenesysCloudThatKeepsAnswering503IsAnEnvironmentProblem() throws IOException {
        com.sun.net.httpserver.HttpServer failing = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        failing.createContext("/", exchange -> {
            asked.incrementAndGet();
            exchange.getResponseHeaders().add("Retry-After", "0");
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        failing.start();
        try {
            OrgAccess.Genesys g = tenant.genesys();
            GenesysApiException failure = catchThrowableOfType(GenesysApiException.class, () -> new GenesysApi(
                    new OrgAccess.Genesys(g.loginUrl(), g.appsUrl(), "http://127.0.0.1:" + failing.getAddress().getPort(),
                            g.org(), g.email(), g.password(), g.clientId(), g.clientSecret())));
            assertThat(failure.status()).isEqualTo(503);
            assertThat(failure).hasMessageContaining("try again later");
            assertThat(asked.get()).as("503 is retried after Retry-After before giving up").isGreaterThan(1);

            assertLandsIn(failure, FailureClassifier.Where.step("Given a queue with a member exists"), ENVIRONMENT, Status.BROKEN);
        } finally {
            failing.stop(0);
        }
    }

    @Test
    void anUnknownHostIsAnEnvironmentProblem() {
        OrgAccess.Genesys g = tenant.genesys();
        Throwable failure = catchThrowable(() -> new GenesysApi(new OrgAccess.Genesys(g.loginUrl(), g.appsUrl(),
                "https://api.omh-no-such-region.invalid", g.org(), g.email(), g.password(), g.clientId(), g.clientSecret())));
        assertThat(failure).isInstanceOf(GenesysApiException.class)
                .hasCauseInstanceOf(java.net.ConnectException.class)
                .hasRootCauseInstanceOf(java.nio.channels.UnresolvedAddressException.class);

        assertLandsIn(failure, FailureClassifier.Where.step("Given a queue with a member exists"), ENVIRONMENT, Status.BROKEN);
    }

    @Test
    void aBrowserThatDoesNotStartIsAnEnvironmentProblemAndLeavesNoProfile() throws IOException {
        Set<Path> before = profiles();
        BrowserSettings notABrowser = new BrowserSettings("chromium", true, 1024, 768,
                Optional.of(Path.of("/bin/true")), Optional.empty(), Optional.empty());
        SessionNotCreatedException failure = catchThrowableOfType(SessionNotCreatedException.class, () ->
                new BrowserFactory(notABrowser, DriverResolver.forThisMachine()).open("not-a-browser"));
        assertThat(profiles()).as("no profile directory left behind").isEqualTo(before);

        assertLandsIn(failure, FailureClassifier.Where.step("When I open the sandbox home page"), ENVIRONMENT, Status.BROKEN);
    }

    /** The failure as Allure records it (its own getStatus/getStatusDetails), then Allure's category matching. */
    private static void assertLandsIn(Throwable real, FailureClassifier.Where where, String category, Status status) {
        FailureKind kind = FailureClassifier.classify(real, where);
        Throwable handedToAllure = ClassifiedFailure.of(real, kind, where);
        Status recorded = ResultsUtils.getStatus(handedToAllure).orElseThrow();
        StatusDetails details = ResultsUtils.getStatusDetails(handedToAllure).orElseThrow();

        assertThat(matchingCategories(recorded, details)).as("categories of %s (%s)", real.getClass().getSimpleName(), kind)
                .hasSize(1).allMatch(name -> name.startsWith(category));
        assertThat(recorded).isEqualTo(status);
        assertThat(details.getMessage()).as("the message is the original one").isEqualTo(real.getMessage());
        assertThat(details.getTrace()).contains(real.getClass().getName()).contains(where.description());
    }

    /** Allure 2.34 CategoriesPlugin.matches: status listed, and each given regex matches the whole text (DOTALL). */
    private static List<String> matchingCategories(Status status, StatusDetails details) {
        List<String> names = new ArrayList<>();
        for (JsonNode c : categories) {
            Set<String> statuses = new java.util.HashSet<>();
            c.path("matchedStatuses").forEach(n -> statuses.add(n.asText()));
            boolean statusOk = statuses.isEmpty() || statuses.contains(status.value());
            if (statusOk && matches(c.get("messageRegex"), details.getMessage()) && matches(c.get("traceRegex"), details.getTrace())) {
                names.add(c.path("name").asText());
            }
        }
        return names;
    }

    private static boolean matches(JsonNode regex, String text) {
        return regex == null || text != null && Pattern.compile(regex.asText(), Pattern.DOTALL).matcher(text).matches();
    }

    private static BrowserSession browser() {
        if (browser == null) {
            browser = new BrowserFactory(CHROMIUM, DriverResolver.forThisMachine()).open("categories");
        }
        return browser;
    }

    private static Set<Path> profiles() throws IOException {
        try (Stream<Path> entries = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return entries.filter(p -> p.getFileName().toString().startsWith("omh-browser-")).collect(Collectors.toSet());
        }
    }
}
