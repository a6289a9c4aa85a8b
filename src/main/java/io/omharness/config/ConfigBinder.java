package io.omharness.config;

import io.omharness.facts.GenesysRegions;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;

import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/** Reads the harness block into typed records, collecting every problem before failing once. */
final class ConfigBinder {
    static final Set<String> REGIONS = GenesysRegions.domains();
    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]", "::1");
    private static final Pattern NAME_PART = Pattern.compile("[a-z0-9]([a-z0-9-]{0,22}[a-z0-9])?");

    private final String profile;
    private final Config c;
    private final List<String> problems = new ArrayList<>();

    ConfigBinder(String profile, Config harness) {
        this.profile = profile;
        this.c = harness;
    }

    HarnessConfig bind() {
        Target target = oneOf("target", Target.class);
        String prefix = matching("namePrefix", NAME_PART, "lower-case letters, digits and dashes, at most 24");
        String runId = text("runId").isBlank() ? newRunId() : matching("runId", NAME_PART,
                "lower-case letters, digits and dashes, at most 24");
        HarnessConfig config = new HarnessConfig(profile, target, prefix, runId,
                flag("keep"), flag("reuse"), number("parallelism", 1, 8),
                new HarnessConfig.Timeouts(duration("timeouts.ui"), duration("timeouts.publish"),
                        duration("timeouts.sync"), duration("timeouts.poll"), duration("timeouts.consistency")),
                browser(), sandbox(), orgs(target));
        if (!problems.isEmpty()) {
            throw new ConfigProblem("Configuration problem" + (problems.size() > 1 ? "s" : "") + " (profile '"
                    + profile + "'):\n  - " + String.join("\n  - ", problems));
        }
        return config;
    }

    private BrowserSettings browser() {
        String name = text("browser.name");
        if (!Set.of("chrome", "firefox").contains(name)) {
            problem("browser.name", "'" + name + "' is not a supported browser", "use chrome or firefox");
        }
        return new BrowserSettings(name, flag("browser.headless"),
                number("browser.windowWidth", 320, 7680), number("browser.windowHeight", 240, 4320),
                optionalPath("browser.binary"), optionalPath("browser.driver"), optionalUrl("browser.gridUrl"));
    }

    private SandboxSettings sandbox() {
        String seedText = text("sandbox.seed");
        Optional<Long> seed = Optional.empty();
        if (!seedText.isBlank()) {
            try {
                seed = Optional.of(Long.parseLong(seedText));
            } catch (NumberFormatException e) {
                problem("sandbox.seed", "'" + seedText + "' is not a whole number", "use digits, e.g. 42");
            }
        }
        String navigation = text("sandbox.navigation");
        if (!Set.of("legacy", "new").contains(navigation)) {
            problem("sandbox.navigation", "'" + navigation + "' is not a navigation", "use legacy or new");
        }
        String salesforceUi = text("sandbox.salesforceUi");
        if (!Set.of("package", "app").contains(salesforceUi)) {
            problem("sandbox.salesforceUi", "'" + salesforceUi + "' is not a Salesforce settings UI",
                    "use package (Configure > Managed Package Settings) or app (GC External Routing Integration)");
        }
        double errorRate = attempt("sandbox.faults.transientErrorRate", () -> c.getDouble("sandbox.faults.transientErrorRate"), 0.0);
        if (errorRate < 0 || errorRate > 0.5) {
            problem("sandbox.faults.transientErrorRate", errorRate + " is out of range", "use a value from 0.0 to 0.5");
        }
        return new SandboxSettings(seed, navigation, salesforceUi, number("sandbox.port", 0, 65535),
                flag("sandbox.identityVerification"), duration("sandbox.sessionLifetime"),
                new SandboxSettings.Faults(duration("sandbox.faults.latency"), duration("sandbox.faults.jitter"),
                        errorRate, duration("sandbox.faults.publishDuration"),
                        duration("sandbox.faults.integrationCreateDuration"), duration("sandbox.faults.consistencyLag")));
    }

    private OrgSettings orgs(Target target) {
        boolean real = target == Target.REAL;
        String region = text("genesys.region");
        List<String> explicit = List.of(text("genesys.loginUrl"), text("genesys.appsUrl"), text("genesys.apiUrl"));
        boolean byUrl = explicit.stream().anyMatch(u -> !u.isBlank());
        if (byUrl) {
            for (String key : List.of("genesys.loginUrl", "genesys.appsUrl", "genesys.apiUrl")) {
                baseUrl(real, key, "the Genesys Cloud URLs: all three of loginUrl, appsUrl and apiUrl, or only region");
            }
        } else if (real && !REGIONS.contains(region)) {
            problem("genesys.region", region.isBlank() ? "is empty" : "'" + region + "' is not a Genesys Cloud region domain",
                    "use one of " + String.join(", ", REGIONS.stream().sorted().toList())
                            + ", or set harness.genesys.loginUrl, appsUrl and apiUrl");
        }
        OrgSettings.Genesys genesys = new OrgSettings.Genesys(region,
                byUrl ? trimSlash(explicit.get(0)) : "https://login." + region,
                byUrl ? trimSlash(explicit.get(1)) : "https://apps." + region,
                byUrl ? trimSlash(explicit.get(2)) : "https://api." + region,
                required(real, "genesys.org"),
                required(real, "genesys.user.email"), secret(real, "genesys.user.password", "GENESYS_PASSWORD"),
                required(real, "genesys.oauth.clientId"), secret(real, "genesys.oauth.clientSecret", "GENESYS_CLIENT_SECRET"));
        String sfLogin = trimSlash(required(real, "salesforce.loginUrl"));
        if (real && !sfLogin.isBlank()) {
            baseUrl(true, "salesforce.loginUrl", "your My Domain login URL, https://<domain>.my.salesforce.com");
        }
        String apiVersion = text("salesforce.apiVersion");
        if (!apiVersion.matches("v\\d{2,3}\\.0")) {
            problem("salesforce.apiVersion", "'" + apiVersion + "' is not a REST API version", "use the form v60.0");
        }
        String sfSetup = trimSlash(text("salesforce.setupUrl"));
        if (!sfSetup.isBlank()) {
            baseUrl(real, "salesforce.setupUrl", "your Setup origin, https://<domain>.my.salesforce-setup.com, or leave it empty");
        }
        OrgSettings.Salesforce salesforce = new OrgSettings.Salesforce(sfLogin, sfSetup.isBlank() ? sfLogin : sfSetup,
                required(real, "salesforce.username"),
                secret(real, "salesforce.password", "SALESFORCE_PASSWORD"), apiVersion,
                text("salesforce.packageName"), text("salesforce.objects.queue"), text("salesforce.objects.entity"),
                text("salesforce.objects.genesysIdField"), salesforceApi(real, sfLogin));
        return new OrgSettings(genesys, salesforce, openMessaging(real));
    }

    private OrgSettings.OpenMessaging openMessaging(boolean real) {
        String url = text("openMessaging.webhookUrl");
        URI uri = attempt("openMessaging.webhookUrl", () -> URI.create(url), null);
        if (uri != null && (!"https".equals(uri.getScheme()) || (uri.getPort() != -1 && uri.getPort() != 443))) {
            problem("openMessaging.webhookUrl", "'" + url + "' is not https on port 443", "use e.g. https://whatever.com (Genesys refuses custom ports)");
        }
        String token = text("openMessaging.webhookToken");
        if (token.isBlank() && !real) {
            token = "sandbox-" + Long.toString(new SecureRandom().nextLong() & Long.MAX_VALUE, 36) + "-token";
        }
        if (token.length() <= 15) {
            problem("openMessaging.webhookToken", token.isEmpty() ? "is empty" : "is " + token.length() + " characters long",
                    "set OPEN_MESSAGING_WEBHOOK_TOKEN to more than 15 characters (Genesys refuses shorter tokens)");
        }
        return new OrgSettings.OpenMessaging(url, Secret.of(token));
    }

    private OrgSettings.ApiAuth salesforceApi(boolean real, String loginUrl) {
        String flow = text("salesforce.auth.flow");
        if (!Set.of("jwt", "client-credentials", "password").contains(flow)) {
            problem("salesforce.auth.flow", "'" + flow + "' is not a Salesforce OAuth flow the harness supports",
                    "use jwt (recommended), client-credentials or password");
        }
        String key = real ? required(true, "salesforce.auth.consumerKey") : text("salesforce.auth.consumerKey");
        Secret secret = secret(real && !flow.equals("jwt"), "salesforce.auth.consumerSecret", "SALESFORCE_CONSUMER_SECRET");
        Secret privateKey = Secret.of("");
        String keyFile = text("salesforce.auth.privateKeyFile");
        if (real && flow.equals("jwt")) {
            privateKey = privateKey(keyFile);
        }
        Secret token = secret(false, "salesforce.auth.securityToken", "SALESFORCE_SECURITY_TOKEN");
        String audience = text("salesforce.auth.audience");
        if (audience.isBlank()) {
            audience = defaultAudience(loginUrl);
        }
        return new OrgSettings.ApiAuth(flow, key, secret, privateKey, token, audience);
    }

    /** The key file's PEM content; a missing or unreadable file is a problem named with its path. */
    private Secret privateKey(String file) {
        if (file.isBlank()) {
            problem("salesforce.auth.privateKeyFile", "is empty but the jwt flow needs it",
                    "export SALESFORCE_PRIVATE_KEY_FILE=/path/to/server.key (the connected app certificate's private key, PEM)");
            return Secret.of("");
        }
        try {
            String pem = java.nio.file.Files.readString(Path.of(file));
            if (!pem.contains("-----BEGIN PRIVATE KEY-----") && !pem.contains("-----BEGIN RSA PRIVATE KEY-----")) {
                problem("salesforce.auth.privateKeyFile", "'" + file + "' holds no PEM private key",
                        "point it at the private key of the certificate uploaded to the connected app");
            }
            return Secret.of(pem);
        } catch (java.io.IOException e) {
            problem("salesforce.auth.privateKeyFile", "'" + file + "' cannot be read (" + e.getClass().getSimpleName() + ")",
                    "check the path and its permissions");
            return Secret.of("");
        }
    }

    /** Salesforce accepts login.salesforce.com (production) and test.salesforce.com (sandboxes) as the JWT audience. */
    private static String defaultAudience(String loginUrl) {
        URI uri = loginUrl.isBlank() ? null : URI.create(loginUrl);
        if (uri != null && uri.getHost() != null && LOOPBACK.contains(uri.getHost())) {
            return loginUrl;
        }
        return uri != null && uri.getHost() != null && (uri.getHost().contains(".sandbox.") || uri.getHost().startsWith("test."))
                ? "https://test.salesforce.com" : "https://login.salesforce.com";
    }

    /** https anywhere; plain http only on this machine (a twin or a local proxy). */
    private void baseUrl(boolean needed, String key, String fix) {
        String value = text(key);
        if (value.isBlank()) {
            if (needed) {
                problem(key, "is empty", "set " + fix);
            }
            return;
        }
        URI uri = attempt(key, () -> URI.create(value), null);
        if (uri == null || uri.getHost() == null) {
            problem(key, "'" + value + "' is not a URL", "use " + fix);
        } else if (!"https".equals(uri.getScheme()) && !("http".equals(uri.getScheme()) && LOOPBACK.contains(uri.getHost()))) {
            problem(key, "'" + value + "' is not https", "use https (plain http is allowed only for 127.0.0.1, localhost or [::1])");
        }
    }

    private static String trimSlash(String url) {
        return url.replaceAll("/+$", "");
    }

    private String required(boolean needed, String key) {
        String value = text(key);
        if (needed && value.isBlank()) {
            problem(key, "is empty but target = real needs it", "set harness." + key + " in your profile or config/local.conf");
        }
        return value;
    }

    private Secret secret(boolean needed, String key, String envName) {
        String value = text(key);
        if (needed && value.isBlank()) {
            problem(key, "is empty but target = real needs it", "export " + envName + "=... (secrets never go in committed files)");
        }
        return Secret.of(value);
    }

    private String text(String key) {
        return attempt(key, () -> c.getString(key), "");
    }

    private boolean flag(String key) {
        return attempt(key, () -> c.getBoolean(key), false);
    }

    private Duration duration(String key) {
        Duration d = attempt(key, () -> c.getDuration(key), Duration.ZERO);
        if (d.isNegative()) {
            problem(key, "is negative", "use a duration such as 500ms or 10s");
        }
        return d;
    }

    private int number(String key, int min, int max) {
        int n = attempt(key, () -> c.getInt(key), min);
        if (n < min || n > max) {
            problem(key, n + " is out of range", "use a whole number from " + min + " to " + max);
        }
        return n;
    }

    private String matching(String key, Pattern pattern, String rule) {
        String value = text(key);
        if (!pattern.matcher(value).matches()) {
            problem(key, "'" + value + "' is not allowed", "use " + rule);
        }
        return value;
    }

    private <E extends Enum<E>> E oneOf(String key, Class<E> type) {
        String value = text(key);
        try {
            return Enum.valueOf(type, value.toUpperCase());
        } catch (IllegalArgumentException e) {
            problem(key, "'" + value + "' is not allowed", "use one of " + List.of(type.getEnumConstants()).toString().toLowerCase());
            return type.getEnumConstants()[0];
        }
    }

    private Optional<Path> optionalPath(String key) {
        String value = text(key);
        return value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
    }

    private Optional<URL> optionalUrl(String key) {
        String value = text(key);
        if (value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(URI.create(value).toURL());
        } catch (IllegalArgumentException | MalformedURLException e) {
            problem(key, "'" + value + "' is not a URL", "use e.g. http://127.0.0.1:4444");
            return Optional.empty();
        }
    }

    private <T> T attempt(String key, Supplier<T> read, T fallback) {
        try {
            return read.get();
        } catch (ConfigException.Missing e) {
            problem(key, "is missing", "add harness." + key + " to config/application.conf");
        } catch (ConfigException e) {
            problem(key, e.getMessage().replaceFirst("^.*?: ", ""), "correct the value");
        } catch (IllegalArgumentException e) {
            problem(key, e.getMessage(), "correct the value");
        }
        return fallback;
    }

    private void problem(String key, String what, String fix) {
        String origin = originOf(key);
        problems.add("harness." + key + " " + what + (origin.isEmpty() ? "" : " (from " + origin + ")") + ". Fix: " + fix + ".");
    }

    private String originOf(String key) {
        try {
            return c.hasPath(key) ? c.getValue(key).origin().description() : "";
        } catch (ConfigException e) {
            return "";
        }
    }

    private static String newRunId() {
        String time = Long.toString(Instant.now().getEpochSecond(), 36);
        String random = Long.toString(new SecureRandom().nextInt(36 * 36 * 36), 36);
        return time + random;
    }
}
