package io.omharness.control;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a new twin tenant looks like, or what to change in one: unset options keep the twin's defaults. */
public final class TenantOptions {
    private final Map<String, Object> body = new LinkedHashMap<>();
    private final Map<String, Object> faults = new LinkedHashMap<>();

    public static TenantOptions defaults() {
        return new TenantOptions();
    }

    public TenantOptions orgName(String name) {
        return put(body, "orgName", name);
    }

    public TenantOptions genesysPassword(String password) {
        return put(body, "genesysPassword", password);
    }

    public TenantOptions clientSecret(String secret) {
        return put(body, "clientSecret", secret);
    }

    public TenantOptions salesforcePassword(String password) {
        return put(body, "salesforcePassword", password);
    }

    /** legacy (the Admin menu) or new (the new Menu). */
    public TenantOptions navigation(String navigation) {
        return put(body, "navigation", navigation);
    }

    public TenantOptions identityVerification(boolean on) {
        return put(body, "identityVerification", on);
    }

    /** Salesforce's "Allow OAuth Username-Password Flows" (off by default, as in new orgs). */
    public TenantOptions salesforcePasswordFlow(boolean allowed) {
        return put(body, "salesforcePasswordFlow", allowed);
    }

    /** synthetic (Setup's classic iframe in force-aloha-page's light DOM) or native (behind its shadow root). */
    public TenantOptions alohaShadow(String shadow) {
        return put(body, "alohaShadow", shadow);
    }

    /** The External Routing package's namespace prefix in the Salesforce org (empty: none). */
    public TenantOptions salesforceNamespace(String namespace) {
        return put(body, "salesforceNamespace", namespace);
    }

    /**
     * Where the Salesforce org shows the package's settings: package (Installed Packages > Configure >
     * Managed Package Settings) or app (the App Launcher app GC External Routing Integration).
     */
    public TenantOptions salesforceSettingsUi(String ui) {
        return put(body, "salesforceSettingsUi", ui);
    }

    public TenantOptions retrieveQueueLimit(int limit) {
        return put(body, "retrieveQueueLimit", limit);
    }

    public TenantOptions latency(Duration latency) {
        return put(faults, "latencyMs", latency.toMillis());
    }

    public TenantOptions jitter(Duration jitter) {
        return put(faults, "jitterMs", jitter.toMillis());
    }

    public TenantOptions transientErrorRate(double rate) {
        return put(faults, "transientErrorRate", rate);
    }

    public TenantOptions publishDuration(Duration duration) {
        return put(faults, "publishMs", duration.toMillis());
    }

    public TenantOptions integrationCreateDuration(Duration duration) {
        return put(faults, "integrationCreateMs", duration.toMillis());
    }

    /** How long the twin's LIST endpoints lag behind creates, changes and deletes (API clients only). */
    public TenantOptions consistencyLag(Duration lag) {
        return put(faults, "consistencyLagMs", lag.toMillis());
    }

    /** Requests per minute per API token before 429 too.many.requests (0 = no limit). */
    public TenantOptions requestsPerMinute(int limit) {
        return put(faults, "requestsPerMinute", limit);
    }

    public TenantOptions sessionLifetime(Duration lifetime) {
        return put(faults, "sessionLifetimeMs", lifetime.toMillis());
    }

    /** The JSON body of the control API's request. */
    Map<String, Object> json() {
        Map<String, Object> out = new LinkedHashMap<>(body);
        if (!faults.isEmpty()) {
            out.put("faults", new LinkedHashMap<>(faults));
        }
        return out;
    }

    private TenantOptions put(Map<String, Object> target, String key, Object value) {
        target.put(key, value);
        return this;
    }
}
