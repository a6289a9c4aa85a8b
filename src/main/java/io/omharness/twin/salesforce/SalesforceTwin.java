package io.omharness.twin.salesforce;

import io.javalin.Javalin;
import io.omharness.twin.ControlApi;
import io.omharness.twin.SandboxContext;
import io.omharness.twin.TwinModule;
import io.omharness.twin.salesforce.api.RestApi;
import io.omharness.twin.salesforce.pages.SalesforcePages;
import io.omharness.twin.salesforce.pages.SalesforceSite;
import io.omharness.twin.salesforce.retrieve.GenesysSource;
import io.omharness.twin.salesforce.retrieve.HttpGenesysSource;
import io.omharness.twin.salesforce.retrieve.Retriever;

import java.util.Map;

/** The Salesforce twin: login, Lightning Setup, Installed Packages and the external-routing package. */
public final class SalesforceTwin implements TwinModule {
    private final GenesysSource genesys;

    public SalesforceTwin() {
        this(new HttpGenesysSource());
    }

    public SalesforceTwin(GenesysSource genesys) {
        this.genesys = genesys;
    }

    @Override
    public void register(Javalin app, SandboxContext context) {
        SalesforceSite site = new SalesforceSite(context);
        new SalesforcePages(site, new Retriever(genesys)).register(app);
        new RestApi(site).register(app);
        app.get(ControlApi.ROOT + "/tenants/{id}/salesforce/verification-code", ctx -> verificationCode(context, ctx));
    }

    /** The latest identity verification code of a tenant's org (what a test inbox would show). */
    public static void verificationCode(SandboxContext context, io.javalin.http.Context ctx) {
        var code = ControlApi.tenant(context, ctx).salesforce().identity().latestCode(ctx.pathParam("id"));
        if (code.isEmpty()) {
            ctx.status(404).json(Map.of("message", "No verification code is pending for this tenant."));
            return;
        }
        ctx.json(Map.of("code", code.get()));
    }
}
