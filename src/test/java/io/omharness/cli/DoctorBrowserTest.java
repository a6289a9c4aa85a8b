package io.omharness.cli;

import io.omharness.browser.BrowserPreflight;
import io.omharness.control.TenantOptions;
import io.omharness.control.TwinControl;
import io.omharness.fixture.TwinFixture;
import io.omharness.genesys.api.GenesysApi;
import io.omharness.salesforce.api.SalesforceApi;
import io.omharness.target.OrgAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ./harness doctor against a twin tenant as against a real org (the demo-org profile pointed at it, as
 * ./harness sandbox prints): it walks every page, exits 0 when every landmark resolves and 1 naming the
 * one that does not, and it creates and changes nothing in either system.
 */
class DoctorBrowserTest {
    private static final String WRONG_PACKAGE = "Genesys Cloud CX for Salesforce Externel Routing";
    private static TwinFixture twin;
    private static Path scratch;
    private static Path privateKey;

    @BeforeAll
    static void startTheTwin() throws IOException {
        twin = TwinFixture.withoutBrowser(1010, TenantOptions.defaults());
        scratch = Files.createTempDirectory(Path.of("target"), "doctor-");
        privateKey = DemoOrgPointer.writePrivateKey(twin.access());
    }

    @AfterAll
    static void stopTheTwin() {
        if (twin != null) {
            twin.close();
        }
    }

    @Test
    void everyPageOfTheGuideResolvesAndNothingIsCreatedOrChanged() throws IOException {
        Map<String, Object> before = everything();
        Run doctor = doctor("all-found");

        assertThat(doctor.exit).as("exit of ./harness doctor:\n%s%s", doctor.out, doctor.err).isZero();
        assertThat(doctor.out).contains("15 pages, 15 reached").contains("0 not found")
                .contains("Message Routing: Add page (MessageRoutingPage)   ok")
                .contains("Package settings (PackageSettingsPage)   ok")
                .contains("button 'Retrieve Options'").doesNotContain("NOT FOUND");
        assertThat(everything()).as("objects of both systems after the doctor").isEqualTo(before);
        TwinControl.CustomerObjects own = twin.control().customerObjects(twin.tenantId());
        assertThat(own.changes()).as("changes to the tenant's own objects").isEmpty();
        assertThat(own.intact()).isTrue();
        List<Path> shots = screenshots(doctor.reports);
        assertThat(shots).as("one screenshot per page").hasSize(15);
        for (Path shot : shots) {
            byte[] png = Files.readAllBytes(shot);
            assertThat(png).as("%s is a PNG of a rendered page", shot).startsWith(0x89, 'P', 'N', 'G');
            assertThat(png.length).as("size of %s", shot).isGreaterThan(10_000);
        }
        assertThat(doctor.reports.resolve("doctor/doctor.txt")).content().contains("0 not found").contains("ok       Package settings");
    }

    @Test
    void aLocatorThatDoesNotResolveIsNamedAndExitsOne() throws IOException {
        Map<String, Object> before = everything();
        Run doctor = doctor("wrong-package", "-Dharness.salesforce.packageName=" + WRONG_PACKAGE, "-Dharness.timeouts.ui=5s");

        assertThat(doctor.exit).as("exit of ./harness doctor:\n%s%s", doctor.out, doctor.err).isEqualTo(1);
        String missing = "text '" + WRONG_PACKAGE + "' in installed packages table";
        assertThat(doctor.out).containsPattern("\\Q" + missing + "\\E +NOT FOUND")
                .contains("Installed Packages (InstalledPackagesPage)   PROBLEM")
                .contains("Package settings (ExternalRoutingSettings)   PROBLEM")
                .contains("Queues (QueuesPage)   ok");
        assertThat(doctor.reports.resolve("doctor/doctor.txt")).content().contains("NOT FOUND: " + missing)
                .contains("PROBLEM  Installed Packages (InstalledPackagesPage)  [14-installed-packages.png]");
        assertThat(everything()).as("objects of both systems after the doctor").isEqualTo(before);
        assertThat(twin.control().customerObjects(twin.tenantId()).intact()).isTrue();
    }

    /** What either system has that the doctor could create: queues, flows, platforms and their routes, package records. */
    private static Map<String, Object> everything() {
        GenesysApi genesys = new GenesysApi(twin.genesys());
        SalesforceApi salesforce = new SalesforceApi(twin.salesforce(), "v60.0");
        Map<String, Object> all = new TreeMap<>();
        all.put("queues", genesys.listAllQueues().stream().map(q -> q.getId() + " " + q.getName() + " " + q.getMemberCount()).sorted().toList());
        all.put("flows", genesys.listAllInboundMessageFlows().stream().map(f -> f.getId() + " " + f.getName() + " "
                + (f.getPublishedVersion() == null ? "-" : f.getPublishedVersion().getId()) + " " + f.getLockedUser()).sorted().toList());
        all.put("platforms", genesys.listAllOpenMessaging().stream().map(i -> i.getId() + " " + i.getName() + " "
                + routedFlow(genesys, i.getRecipient() == null ? null : i.getRecipient().getId())).sorted().toList());
        all.put("salesforce queues", salesforce.query("SELECT Id, Name FROM gcxr__Genesys_Cloud_Queue__c").totalSize());
        all.put("salesforce entities", salesforce.query("SELECT Id, Name FROM gcxr__Genesys_Cloud_Entity__c").totalSize());
        return all;
    }

    private static String routedFlow(GenesysApi genesys, String recipientId) {
        var flow = recipientId == null ? null : genesys.recipient(recipientId).getFlow();
        return flow == null ? "-" : flow.getId();
    }

    private record Run(int exit, String out, String err, Path reports) {
    }

    private static Run doctor(String name, String... extra) throws IOException {
        Path reports = Files.createDirectories(scratch.resolve(name));
        List<String> args = new ArrayList<>(List.of("doctor"));
        args.addAll(pointedAtTheTwin());
        args.addAll(List.of(extra));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new HarnessCli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                new Workspace(Path.of("features"), reports), BrowserPreflight.forThisMachine()).run(args.toArray(String[]::new));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), reports);
    }

    /** The demo-org profile on the twin's tenant: what ./harness sandbox prints, with the secrets as -D values. */
    private static List<String> pointedAtTheTwin() {
        OrgAccess.Genesys g = twin.genesys();
        OrgAccess.Salesforce s = twin.salesforce();
        return List.of("--profile", "demo-org", "-Dharness.genesys.region=",
                "-Dharness.genesys.loginUrl=" + g.appsUrl() + "/login", "-Dharness.genesys.appsUrl=" + g.appsUrl(),
                "-Dharness.genesys.apiUrl=" + g.apiUrl(), "-Dharness.genesys.org=" + g.org(),
                "-Dharness.genesys.user.email=" + g.email(), "-Dharness.genesys.user.password=" + g.password().reveal(),
                "-Dharness.genesys.oauth.clientId=" + g.clientId(), "-Dharness.genesys.oauth.clientSecret=" + g.clientSecret().reveal(),
                "-Dharness.salesforce.loginUrl=" + s.loginUrl().replaceAll("/+$", ""), "-Dharness.salesforce.setupUrl=" + s.setupUrl(),
                "-Dharness.salesforce.username=" + s.username(), "-Dharness.salesforce.password=" + s.password().reveal(),
                "-Dharness.salesforce.auth.consumerKey=" + s.api().consumerKey(),
                "-Dharness.salesforce.auth.privateKeyFile=" + privateKey,
                "-Dharness.openMessaging.webhookToken=doctor-test-webhook-token");
    }

    private static List<Path> screenshots(Path reports) throws IOException {
        try (var files = Files.list(reports.resolve("doctor"))) {
            return files.filter(f -> f.toString().endsWith(".png")).sorted().toList();
        }
    }
}
