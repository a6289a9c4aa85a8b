package io.omharness.runtime;

import io.omharness.browser.BrowserFactory;
import io.omharness.browser.BrowserPool;
import io.omharness.browser.DriverResolver;
import io.omharness.config.ConfigLoader;
import io.omharness.config.HarnessConfig;
import io.omharness.config.OrgSettings;
import io.omharness.sandbox.SandboxServer;
import io.omharness.sandbox.TenantSettings;

import java.security.SecureRandom;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What one run shares across scenarios: the validated config, the embedded sandbox (when it is the
 * target) and the browser pool. Created on first use, closed when the run finishes (or on exit).
 * It holds browsers only through the pool, which lends each to one scenario at a time.
 */
public final class HarnessRuntime implements AutoCloseable {
    private static HarnessRuntime current;

    private final HarnessConfig config;
    private final Optional<SandboxServer> sandbox;
    private final BrowserFactory browsers;
    private final BrowserPool pool;

    private HarnessRuntime(HarnessConfig config) {
        this.config = config;
        this.sandbox = config.isSandbox() ? Optional.of(startSandbox(config)) : Optional.empty();
        this.browsers = new BrowserFactory(config.browser(), DriverResolver.forThisMachine());
        this.pool = new BrowserPool(config.parallelism(), browsers::open);
    }

    public static synchronized HarnessRuntime current() {
        if (current == null) {
            current = new HarnessRuntime(ConfigLoader.forThisProcess().load());
            Runtime.getRuntime().addShutdownHook(new Thread(HarnessRuntime::closeCurrent, "harness-shutdown"));
        }
        return current;
    }

    public static synchronized Optional<HarnessRuntime> ifStarted() {
        return Optional.ofNullable(current);
    }

    public static synchronized void closeCurrent() {
        if (current != null) {
            current.close();
            current = null;
        }
    }

    public HarnessConfig config() {
        return config;
    }

    public BrowserPool pool() {
        return pool;
    }

    public BrowserFactory browsers() {
        return browsers;
    }

    public Optional<SandboxServer> sandbox() {
        return sandbox;
    }

    /** A new pair of orgs: a fresh sandbox tenant, or the configured real orgs. */
    public OrgAccess newOrgAccess() {
        if (sandbox.isPresent()) {
            Map<String, Object> request = new HashMap<>();
            request.put("navigation", config.sandbox().navigation());
            request.put("identityVerification", config.sandbox().identityVerification());
            return sandboxClient().createTenant(request);
        }
        OrgSettings.Genesys g = config.orgs().genesys();
        OrgSettings.Salesforce s = config.orgs().salesforce();
        return new OrgAccess(Optional.empty(),
                new OrgAccess.Genesys(g.loginUrl() + "/#/authenticate-adv/org/" + g.org(), g.appsUrl(), g.apiUrl(),
                        g.org(), g.userEmail(), g.userPassword(), g.clientId(), g.clientSecret()),
                new OrgAccess.Salesforce(s.loginUrl(), s.loginUrl(), s.username(), s.password()));
    }

    public SandboxClient sandboxClient() {
        return new SandboxClient(sandbox.orElseThrow(() -> new IllegalStateException("The target is not the sandbox"))
                .urls().genesys());
    }

    @Override
    public void close() {
        pool.close();
        sandbox.ifPresent(SandboxServer::close);
    }

    private static SandboxServer startSandbox(HarnessConfig config) {
        long seed = config.sandbox().seed().orElseGet(() -> new SecureRandom().nextLong() & 0xFFFFFFFL);
        return SandboxServer.start(seed, config.sandbox().port(), () -> defaults(config));
    }

    private static TenantSettings defaults(HarnessConfig config) {
        TenantSettings s = new TenantSettings();
        var sb = config.sandbox();
        s.navigation = sb.navigation();
        s.identityVerification = sb.identityVerification();
        s.sessionLifetime = sb.sessionLifetime();
        s.latency = sb.faults().latency();
        s.jitter = sb.faults().jitter();
        s.transientErrorRate = sb.faults().transientErrorRate();
        s.publishDuration = sb.faults().publishDuration();
        s.integrationCreateDuration = sb.faults().integrationCreateDuration();
        return s;
    }
}
