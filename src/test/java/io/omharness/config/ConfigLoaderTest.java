package io.omharness.config;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigLoaderTest {
    private static final Path CONFIG = Path.of("config");

    private static HarnessConfig load(Map<String, String> props, Map<String, String> env) {
        Properties p = new Properties();
        p.putAll(props);
        return new ConfigLoader(CONFIG, p, env).load();
    }

    private static HarnessConfig load(Map<String, String> props) {
        return load(props, Map.of());
    }

    @Test
    void defaultProfileIsTheEmbeddedSandbox() {
        HarnessConfig c = load(Map.of());
        assertThat(c.profile()).isEqualTo("sandbox");
        assertThat(c.target()).isEqualTo(Target.SANDBOX);
        assertThat(c.browser().headless()).isTrue();
        assertThat(c.timeouts().poll()).isLessThanOrEqualTo(Duration.ofMillis(100));
        assertThat(c.runId()).matches("[a-z0-9]+");
        assertThat(c.nameFor("queue")).isEqualTo("omh-" + c.runId() + "-queue");
    }

    @Test
    void profileComesFromPropertyThenEnvironment() {
        assertThat(load(Map.of(), Map.of("HARNESS_PROFILE", "ci")).profile()).isEqualTo("ci");
        assertThat(load(Map.of("harness.profile", "sandbox"), Map.of("HARNESS_PROFILE", "ci")).profile()).isEqualTo("sandbox");
    }

    @Test
    void systemPropertiesOverrideFilesAndEnvironmentOverridesDefaults() {
        HarnessConfig c = load(Map.of("harness.browser.headless", "false", "harness.runId", "abc1"),
                Map.of("HARNESS_PARALLELISM", "3"));
        assertThat(c.browser().headless()).isFalse();
        assertThat(c.runId()).isEqualTo("abc1");
        assertThat(c.parallelism()).isEqualTo(3);
    }

    @Test
    void unknownProfileNamesTheKnownOnes() {
        assertThatThrownBy(() -> load(Map.of("harness.profile", "staging")))
                .isInstanceOf(ConfigProblem.class)
                .hasMessageContaining("Unknown profile 'staging'")
                .hasMessageContaining("ci, demo-org, sandbox");
    }

    @Test
    void eachBadValueIsNamedWithItsOriginAndFix() {
        Map<String, String> bad = new HashMap<>();
        bad.put("harness.browser.name", "safari");
        bad.put("harness.parallelism", "0");
        bad.put("harness.timeouts.ui", "soon");
        bad.put("harness.sandbox.seed", "abc");
        bad.put("harness.sandbox.navigation", "sideways");
        bad.put("harness.sandbox.salesforceUi", "classic");
        bad.put("harness.browser.gridUrl", "not a url");
        bad.put("harness.openMessaging.webhookUrl", "http://whatever.com:8443");
        bad.put("harness.namePrefix", "Bad Prefix");
        bad.put("harness.target", "production");
        assertThatThrownBy(() -> load(bad))
                .isInstanceOf(ConfigProblem.class)
                .hasMessageContaining("harness.browser.name 'safari'")
                .hasMessageContaining("harness.parallelism 0 is out of range")
                .hasMessageContaining("harness.timeouts.ui")
                .hasMessageContaining("harness.sandbox.seed 'abc'")
                .hasMessageContaining("harness.sandbox.navigation 'sideways'")
                .hasMessageContaining("harness.sandbox.salesforceUi 'classic' is not a Salesforce settings UI")
                .hasMessageContaining("harness.browser.gridUrl 'not a url'")
                .hasMessageContaining("harness.openMessaging.webhookUrl 'http://whatever.com:8443' is not https on port 443")
                .hasMessageContaining("harness.namePrefix 'Bad Prefix'")
                .hasMessageContaining("harness.target 'production'")
                .hasMessageContaining("from system property");
    }

    @Test
    void realOrgsNeedTheirSecretsFromTheEnvironment() {
        assertThatThrownBy(() -> load(Map.of("harness.profile", "demo-org")))
                .isInstanceOf(ConfigProblem.class)
                .hasMessageContaining("harness.genesys.user.password is empty")
                .hasMessageContaining("export GENESYS_PASSWORD")
                .hasMessageContaining("export GENESYS_CLIENT_SECRET")
                .hasMessageContaining("export SALESFORCE_PASSWORD");
    }

    @Test
    void demoOrgLoadsWhenSecretsAreGiven() {
        Map<String, String> env = Map.of("GENESYS_PASSWORD", "pw-1234567", "GENESYS_CLIENT_ID", "client-1",
                "GENESYS_CLIENT_SECRET", "secret-abcdef", "SALESFORCE_PASSWORD", "sf-pw-123",
                "OPEN_MESSAGING_WEBHOOK_TOKEN", "a-token-longer-than-15", "SALESFORCE_AUTH_FLOW", "client-credentials",
                "SALESFORCE_CONSUMER_KEY", "3MVG9key", "SALESFORCE_CONSUMER_SECRET", "cs-98765");
        HarnessConfig c = load(Map.of("harness.profile", "demo-org"), env);
        assertThat(c.target()).isEqualTo(Target.REAL);
        assertThat(c.orgs().genesys().apiUrl()).isEqualTo("https://api.mypurecloud.com");
        assertThat(c.orgs().genesys().clientSecret().reveal()).isEqualTo("secret-abcdef");
        assertThat(c.toString()).doesNotContain("secret-abcdef", "pw-1234567", "sf-pw-123", "cs-98765");
    }

    @Test
    void aShortWebhookTokenIsRefusedAsGenesysWould() {
        assertThatThrownBy(() -> load(Map.of("harness.openMessaging.webhookToken", "123")))
                .hasMessageContaining("harness.openMessaging.webhookToken is 3 characters long");
    }

    @Test
    void theSalesforceApiVersionMustBeAVersion() {
        assertThat(load(Map.of()).orgs().salesforce().apiVersion()).isEqualTo("v60.0");
        assertThatThrownBy(() -> load(Map.of("harness.salesforce.apiVersion", "60")))
                .hasMessageContaining("harness.salesforce.apiVersion '60' is not a REST API version");
    }

    @Test
    void anUnknownRegionIsRefused() {
        Map<String, String> env = Map.of("GENESYS_PASSWORD", "x", "GENESYS_CLIENT_ID", "x",
                "GENESYS_CLIENT_SECRET", "x", "SALESFORCE_PASSWORD", "x", "OPEN_MESSAGING_WEBHOOK_TOKEN", "0123456789abcdef");
        assertThatThrownBy(() -> load(Map.of("harness.profile", "demo-org", "harness.genesys.region", "example.com"), env))
                .hasMessageContaining("harness.genesys.region 'example.com' is not a Genesys Cloud region domain");
    }

    private static final Map<String, String> DEMO_SECRETS = Map.of("GENESYS_PASSWORD", "pw-0123456789", "GENESYS_CLIENT_SECRET",
            "cs-0123456789", "SALESFORCE_PASSWORD", "sf-0123456789", "OPEN_MESSAGING_WEBHOOK_TOKEN", "token-0123456789abcdef",
            "GENESYS_CLIENT_ID", "client-1", "SALESFORCE_AUTH_FLOW", "client-credentials",
            "SALESFORCE_CONSUMER_KEY", "3MVG9consumer", "SALESFORCE_CONSUMER_SECRET", "consumer-secret-1");

    private static Map<String, String> demoOrgByUrl(String genesysBase, String salesforceBase) {
        Map<String, String> p = new HashMap<>();
        p.put("harness.profile", "demo-org");
        p.put("harness.genesys.region", "");
        p.put("harness.genesys.loginUrl", genesysBase + "/login");
        p.put("harness.genesys.appsUrl", genesysBase);
        p.put("harness.genesys.apiUrl", genesysBase + "/");
        p.put("harness.salesforce.loginUrl", salesforceBase);
        return p;
    }

    @Test
    void aRealOrgProfileTakesExplicitBaseUrlsInsteadOfARegion() {
        HarnessConfig c = load(demoOrgByUrl("http://127.0.0.1:4100", "http://127.0.0.1:4200"), DEMO_SECRETS);
        assertThat(c.orgs().genesys().loginUrl()).isEqualTo("http://127.0.0.1:4100/login");
        assertThat(c.orgs().genesys().apiUrl()).isEqualTo("http://127.0.0.1:4100");
        assertThat(c.orgs().salesforce().setupUrl()).isEqualTo("http://127.0.0.1:4200");
    }

    @Test
    void aRegionStillGivesTheRegionsThreeHosts() {
        HarnessConfig c = load(Map.of("harness.profile", "demo-org"), DEMO_SECRETS);
        assertThat(c.orgs().genesys().loginUrl()).isEqualTo("https://login.mypurecloud.com");
        assertThat(c.orgs().genesys().appsUrl()).isEqualTo("https://apps.mypurecloud.com");
        assertThat(c.orgs().genesys().apiUrl()).isEqualTo("https://api.mypurecloud.com");
    }

    @Test
    void plainHttpIsRefusedExceptOnLoopback() {
        assertThatThrownBy(() -> load(demoOrgByUrl("http://genesys.example.com", "http://sf.example.com"), DEMO_SECRETS))
                .isInstanceOf(ConfigProblem.class)
                .hasMessageContaining("harness.genesys.apiUrl 'http://genesys.example.com/' is not https")
                .hasMessageContaining("harness.salesforce.loginUrl 'http://sf.example.com' is not https");
    }

    @Test
    void someButNotAllGenesysUrlsIsAProblem() {
        Map<String, String> p = demoOrgByUrl("https://proxy.example.com", "https://x.my.salesforce.com");
        p.put("harness.genesys.appsUrl", "");
        assertThatThrownBy(() -> load(p, DEMO_SECRETS)).isInstanceOf(ConfigProblem.class)
                .hasMessageContaining("harness.genesys.appsUrl is empty");
    }

    @Test
    void theJwtFlowNeedsAReadablePemKeyFile(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Map<String, String> env = new HashMap<>(DEMO_SECRETS);
        env.put("SALESFORCE_AUTH_FLOW", "jwt");
        assertThatThrownBy(() -> load(Map.of("harness.profile", "demo-org"), env)).isInstanceOf(ConfigProblem.class)
                .hasMessageContaining("harness.salesforce.auth.privateKeyFile is empty but the jwt flow needs it");
        env.put("SALESFORCE_PRIVATE_KEY_FILE", dir.resolve("absent.key").toString());
        assertThatThrownBy(() -> load(Map.of("harness.profile", "demo-org"), env)).isInstanceOf(ConfigProblem.class)
                .hasMessageContaining("absent.key' cannot be read");
        Path notAKey = java.nio.file.Files.writeString(dir.resolve("notes.txt"), "hello");
        env.put("SALESFORCE_PRIVATE_KEY_FILE", notAKey.toString());
        assertThatThrownBy(() -> load(Map.of("harness.profile", "demo-org"), env)).isInstanceOf(ConfigProblem.class)
                .hasMessageContaining("holds no PEM private key");
        Path key = java.nio.file.Files.writeString(dir.resolve("server.key"),
                "-----BEGIN PRIVATE KEY-----\nMIIE-not-printed\n-----END PRIVATE KEY-----\n");
        env.put("SALESFORCE_PRIVATE_KEY_FILE", key.toString());
        HarnessConfig c = load(Map.of("harness.profile", "demo-org"), env);
        assertThat(c.orgs().salesforce().api().privateKey().toString()).doesNotContain("MIIE");
        assertThat(c.orgs().salesforce().api().audience()).isEqualTo("https://login.salesforce.com");
    }

    @Test
    void anUnknownSalesforceFlowIsRefused() {
        Map<String, String> env = new HashMap<>(DEMO_SECRETS);
        env.put("SALESFORCE_AUTH_FLOW", "oauth-magic");
        assertThatThrownBy(() -> load(Map.of("harness.profile", "demo-org"), env)).isInstanceOf(ConfigProblem.class)
                .hasMessageContaining("'oauth-magic' is not a Salesforce OAuth flow");
    }

    @Test
    void aMisspeltKeyIsRefusedNamingTheNearestKnownOne() {
        assertThatThrownBy(() -> load(Map.of("harness.timeout.ui", "1ms")))
                .isInstanceOf(ConfigProblem.class)
                .hasMessageContaining("harness.timeout.ui (in -Dharness.timeout.ui) is not a configuration key")
                .hasMessageContaining("did you mean harness.timeouts.ui?");
        assertThatThrownBy(() -> load(Map.of("harness.browser.gridURL", "http://127.0.0.1:4444")))
                .hasMessageContaining("did you mean harness.browser.gridUrl?");
    }

    @Test
    void aMisspeltHarnessVariableIsRefusedButOtherToolsVariablesAreNot() {
        assertThatThrownBy(() -> load(Map.of(), Map.of("HARNESS_GRIDURL", "http://127.0.0.1:4444")))
                .isInstanceOf(ConfigProblem.class)
                .hasMessageContaining("environment variable HARNESS_GRIDURL is not read by the harness. Fix: did you mean HARNESS_GRID_URL?");
        // Harness CI (harness.io) exports HARNESS_* variables of its own
        assertThat(load(Map.of(), Map.of("HARNESS_BUILD_ID", "42", "HARNESS_ACCOUNT_ID", "abc")).profile()).isEqualTo("sandbox");
    }

    @Test
    void misspeltKeysInLocalConfAndProfilesAreRefusedWithTheirFile(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        for (String name : new String[]{"application.conf", "sandbox.conf"}) {
            java.nio.file.Files.copy(CONFIG.resolve(name), dir.resolve(name));
        }
        java.nio.file.Files.writeString(dir.resolve("local.conf"), "genesys.org = my-org\nharness.browser.hedless = false\n");
        java.nio.file.Files.writeString(dir.resolve("mine.conf"), "include \"application\"\nharness.sandbox.navigaton = new\n");
        Properties p = new Properties();
        p.put("harness.profile", "mine");
        assertThatThrownBy(() -> new ConfigLoader(dir, p, Map.of()).load())
                .hasMessageContaining("harness.sandbox.navigaton (in " + dir.resolve("mine.conf") + ")")
                .hasMessageContaining("did you mean harness.sandbox.navigation?")
                .hasMessageContaining("harness.browser.hedless (in " + dir.resolve("local.conf") + ")")
                .hasMessageContaining("genesys.org (in " + dir.resolve("local.conf") + ") is not a configuration key. "
                        + "Fix: did you mean harness.genesys.org? Every key lives under harness { }.");
    }
}
