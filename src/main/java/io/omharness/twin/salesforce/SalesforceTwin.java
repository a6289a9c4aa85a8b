package io.omharness.twin.salesforce;

import io.javalin.Javalin;
import io.omharness.twin.tenant.SandboxContext;
import io.omharness.twin.tenant.TwinModule;
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
    }
}
