package io.omharness.lifecycle;

import io.omharness.browser.BrowserFactory;
import io.omharness.browser.BrowserLeftovers;
import io.omharness.browser.BrowserPool;
import io.omharness.browser.DriverResolver;
import io.omharness.config.HarnessConfig;
import io.omharness.config.OrgSettings;
import io.omharness.control.TwinControl;
import io.omharness.target.OrgAccess;
import io.omharness.target.SalesforceAuth;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * One run of the harness: the configuration (loaded and bound once per process), its run id, the
 * embedded twin when it is the target, the browser pool, and their shutdown. The CLI starts it before
 * Cucumber does; under {@code mvn verify} or an IDE the {@link RunLifecycle} plugin starts it. Either
 * way there is one, and the run id printed is the run id every object is named with.
 */
public final class HarnessRun implements AutoCloseable {
    private static final Object LOCK = new Object();
    private static HarnessRun active;

    private final HarnessConfig config;
    private final Optional<EmbeddedTwin> twin;
    private final BrowserFactory browsers;
    private final BrowserPool pool;
    private final Thread shutdownHook = new Thread(this::close, "harness-run-shutdown");

    /** {@code warmBrowser}: scenarios will run, so the first browser starts while the twin and Cucumber do. */
    private HarnessRun(HarnessConfig config, boolean warmBrowser) {
        this.config = config;
        BrowserLeftovers.inTempDir().removeLeftovers()
                .forEach(line -> System.out.println("Removed a browser a killed run left behind: " + line));
        this.browsers = new BrowserFactory(config.browser(), DriverResolver.forThisMachine());
        this.pool = new BrowserPool(config.parallelism(), browsers::open);
        if (warmBrowser) {
            pool.warmUp();
        }
        try {
            this.twin = config.isSandbox() ? Optional.of(EmbeddedTwin.start(config)) : Optional.empty();
        } catch (RuntimeException twinFailed) {
            pool.close();
            throw twinFailed;
        }
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Starts the run of this process with an already validated configuration. */
    public static HarnessRun start(HarnessConfig config) {
        return start(config, false);
    }

    /** As {@link #start}, for a run of scenarios: the first browser starts at once, beside the twin. */
    public static HarnessRun startForScenarios(HarnessConfig config) {
        return start(config, true);
    }

    private static HarnessRun start(HarnessConfig config, boolean warmBrowser) {
        synchronized (LOCK) {
            if (active != null) {
                throw new IllegalStateException("A harness run (" + active.config.runId() + ") is already active");
            }
            active = new HarnessRun(config, warmBrowser);
            return active;
        }
    }

    /** The active run, or a new one from the configuration the supplier loads (the plugin's path). */
    static Started activeOrStart(Supplier<HarnessConfig> config) {
        synchronized (LOCK) {
            if (active != null) {
                return new Started(active, false);
            }
            active = new HarnessRun(config.get(), true);
            return new Started(active, true);
        }
    }

    record Started(HarnessRun run, boolean startedHere) {
    }

    /** The run of this process; scenarios get it through their World. */
    public static HarnessRun active() {
        synchronized (LOCK) {
            if (active == null) {
                throw new IllegalStateException("No harness run is active: scenarios start through ./harness, "
                        + "mvn verify or an IDE with the io.omharness.lifecycle.RunLifecycle plugin");
            }
            return active;
        }
    }

    public HarnessConfig config() {
        return config;
    }

    public String runId() {
        return config.runId();
    }

    public BrowserPool pool() {
        return pool;
    }

    public BrowserFactory browsers() {
        return browsers;
    }

    /** The control API of the embedded twin; empty on real orgs. */
    public Optional<TwinControl> twinControl() {
        return twin.map(EmbeddedTwin::control);
    }

    /** Key facts for the report's environment: the twin's URLs and seed when it runs here. */
    public java.util.Map<String, String> twinFacts() {
        return twin.map(EmbeddedTwin::facts).orElse(java.util.Map.of());
    }

    /** A new pair of orgs: a fresh twin tenant, or the configured real orgs. */
    public OrgAccess newOrgAccess() {
        if (twin.isPresent()) {
            return twin.get().newTenant();
        }
        OrgSettings.Genesys g = config.orgs().genesys();
        OrgSettings.Salesforce s = config.orgs().salesforce();
        return new OrgAccess(Optional.empty(),
                new OrgAccess.Genesys(g.loginUrl() + "/#/authenticate-adv/org/" + g.org(), g.appsUrl(), g.apiUrl(),
                        g.org(), g.userEmail(), g.userPassword(), g.clientId(), g.clientSecret()),
                new OrgAccess.Salesforce(s.loginUrl(), s.setupUrl(), s.username(), s.password(), apiAuth(s.api())));
    }

    static SalesforceAuth apiAuth(OrgSettings.ApiAuth a) {
        return new SalesforceAuth(SalesforceAuth.Flow.fromConfig(a.flow()), a.consumerKey(), a.consumerSecret(),
                a.privateKey(), a.securityToken(), a.audience());
    }

    /** Quits every browser and stops the twin; the process may start another run afterwards. */
    @Override
    public void close() {
        synchronized (LOCK) {
            if (active == this) {
                active = null;
            }
        }
        // the browsers quit while the twin stops: each takes a second or more on a busy machine
        java.util.concurrent.CompletableFuture<Void> quitting = java.util.concurrent.CompletableFuture.runAsync(pool::close,
                runnable -> {
                    Thread t = new Thread(runnable, "harness-run-quit-browsers");
                    t.setDaemon(true);
                    t.start();
                });
        twin.ifPresent(EmbeddedTwin::close);
        quitting.join();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // close() is running from the hook itself
        }
    }
}
