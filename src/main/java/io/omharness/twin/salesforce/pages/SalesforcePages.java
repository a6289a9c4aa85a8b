package io.omharness.twin.salesforce.pages;

import io.javalin.Javalin;
import io.omharness.twin.salesforce.retrieve.Retriever;

/** All Salesforce UI routes, plus its static assets under /sf-assets (DomSeed-rewritten). */
public final class SalesforcePages {
    private final SalesforceSite site;
    private final Retriever retriever;

    public SalesforcePages(SalesforceSite site, Retriever retriever) {
        this.site = site;
        this.retriever = retriever;
    }

    public void register(Javalin app) {
        new LoginRoutes(site).register(app);
        new LightningRoutes(site).register(app);
        new ClassicRoutes(site).register(app);
        new PackageSettingsRoutes(site, retriever).register(app);
        app.get("/sf-assets/{file}", ctx -> {
            String file = ctx.pathParam("file");
            if (!file.matches("[A-Za-z0-9_.-]+")) {
                ctx.status(404);
                return;
            }
            ctx.header("Cache-Control", "max-age=300");
            site.context().assets().serve(ctx, "salesforce/assets/" + file);
        });
    }
}
