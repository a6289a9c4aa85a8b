package io.omharness.sandbox.genesys;

import io.javalin.Javalin;
import io.omharness.sandbox.SandboxContext;
import io.omharness.sandbox.TwinModule;

/** The Genesys Cloud CX twin: login, admin UI, Architect and the Platform API subset. */
public final class GenesysTwin implements TwinModule {
    @Override
    public void register(Javalin app, SandboxContext context) {
        // filled by the Genesys twin
    }
}
