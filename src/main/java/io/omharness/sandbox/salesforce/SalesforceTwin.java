package io.omharness.sandbox.salesforce;

import io.javalin.Javalin;
import io.omharness.sandbox.SandboxContext;
import io.omharness.sandbox.TwinModule;

/** The Salesforce twin: login, Lightning Setup, Installed Packages and the external-routing package. */
public final class SalesforceTwin implements TwinModule {
    @Override
    public void register(Javalin app, SandboxContext context) {
        // filled by the Salesforce twin
    }
}
