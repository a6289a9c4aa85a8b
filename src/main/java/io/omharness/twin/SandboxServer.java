package io.omharness.twin;

import io.omharness.twin.core.Assets;
import io.omharness.twin.core.DomSeed;
import io.omharness.twin.core.SandboxTimers;
import io.omharness.twin.core.SandboxUrls;
import io.omharness.twin.tenant.SandboxContext;
import io.omharness.twin.tenant.Tenants;
import io.omharness.twin.tenant.TwinModule;

import io.javalin.Javalin;
import io.omharness.twin.genesys.GenesysTwin;
import io.omharness.twin.salesforce.SalesforceTwin;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The embedded twin of Genesys Cloud CX and Salesforce: two small HTTP servers on loopback
 * (Genesys on one port; Salesforce and its Setup origin on another), sharing one set of tenants.
 */
public final class SandboxServer implements AutoCloseable {
    private final Javalin genesys;
    private final Javalin salesforce;
    private final SandboxContext context;

    private SandboxServer(Javalin genesys, Javalin salesforce, SandboxContext context) {
        this.genesys = genesys;
        this.salesforce = salesforce;
        this.context = context;
    }

    /** Starts both servers; port 0 picks free ports. */
    public static SandboxServer start(long seed, int genesysPort, SandboxContext.TenantSettingsDefaults defaults) {
        Javalin genesysApp = newApp();
        Javalin salesforceApp = newApp();
        CompletableFuture<Void> g = SandboxTimers.run(() -> genesysApp.start("127.0.0.1", genesysPort));
        // Salesforce listens on all loopback names: 127.0.0.1 (app) and localhost (Setup origin).
        CompletableFuture<Void> s = SandboxTimers.run(() -> salesforceApp.start("127.0.0.1", 0));
        CompletableFuture.allOf(g, s).join();
        DomSeed domSeed = new DomSeed(seed);
        SandboxContext context = new SandboxContext(new Tenants(), new Assets(domSeed), domSeed,
                SandboxUrls.of(genesysApp.port(), salesforceApp.port()), defaults);
        for (TwinModule module : List.of(new ControlApi(), new GenesysTwin())) {
            module.register(genesysApp, context);
        }
        new SalesforceTwin().register(salesforceApp, context);
        return new SandboxServer(genesysApp, salesforceApp, context);
    }

    private static Javalin newApp() {
        return Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
        });
    }

    public SandboxUrls urls() {
        return context.urls();
    }

    public SandboxContext context() {
        return context;
    }

    public long seed() {
        return context.seed().seed();
    }

    @Override
    public void close() {
        CompletableFuture.allOf(SandboxTimers.run(genesys::stop), SandboxTimers.run(salesforce::stop)).join();
    }
}
