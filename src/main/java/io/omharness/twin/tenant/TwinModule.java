package io.omharness.twin.tenant;

import io.javalin.Javalin;

/** A part of the twin that adds its pages and API routes to a server. */
public interface TwinModule {
    void register(Javalin app, SandboxContext context);
}
