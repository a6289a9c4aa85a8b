package io.omharness.twin.core;

import java.time.Duration;

/** Per-tenant behaviour of the twin: navigation style, login hazards and injected faults. */
public final class TenantSettings {
    public volatile String navigation = "legacy";
    public volatile boolean identityVerification;
    public volatile Duration sessionLifetime = Duration.ofMinutes(30);
    public volatile Duration latency = Duration.ZERO;
    public volatile Duration jitter = Duration.ZERO;
    public volatile double transientErrorRate;
    public volatile Duration publishDuration = Duration.ofMillis(1500);
    public volatile Duration integrationCreateDuration = Duration.ofMillis(1200);
    /** How long a create, change or delete takes to show in LIST endpoints (GET by id is immediate). */
    public volatile Duration consistencyLag = Duration.ZERO;
    /** Requests per minute per client-credentials token before 429 too.many.requests; 0 = no limit. */
    public volatile int requestsPerMinute = 300;
    /** Over this many queues, Retrieve Options fails as the real package does. */
    public volatile int retrieveQueueLimit = 1000;
    /** Salesforce's "Allow OAuth Username-Password Flows": off, as in orgs created from Summer '23 on. */
    public volatile boolean salesforcePasswordFlow;
    /**
     * How force-aloha-page holds Setup's classic iframe: "synthetic" (LWC's synthetic shadow: in its light
     * DOM, as most of Lightning) or "native" (behind a native shadow root, as newer components are).
     */
    public volatile String alohaShadow = "synthetic";
    /** The External Routing package's namespace prefix: not public, so the default is a guess. */
    public volatile String salesforceNamespace = "gcxr";
    /**
     * Where the org keeps the package's OAuth settings and Retrieve Options: "package" (Configure in
     * Installed Packages opens Managed Package Settings) or "app" (the newer packaging's App Launcher app
     * GC External Routing Integration; the package then has no Configure link).
     */
    public volatile String salesforceSettingsUi = "package";

    public boolean salesforceSettingsApp() {
        return "app".equals(salesforceSettingsUi);
    }

    public boolean newNavigation() {
        return "new".equals(navigation);
    }
}
