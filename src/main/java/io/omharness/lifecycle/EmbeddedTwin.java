package io.omharness.lifecycle;

import io.omharness.config.HarnessConfig;
import io.omharness.control.TenantOptions;
import io.omharness.control.TwinControl;
import io.omharness.target.OrgAccess;
import io.omharness.target.SalesforceAuth;
import io.omharness.twin.SandboxServer;
import io.omharness.twin.core.TenantSettings;

import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;

/** The twin started in this JVM for a run, and the control client the run talks to it with. */
final class EmbeddedTwin implements AutoCloseable {
    private final SandboxServer server;
    private final TwinControl control;
    private final HarnessConfig config;

    private EmbeddedTwin(SandboxServer server, HarnessConfig config) {
        this.server = server;
        this.control = new TwinControl(server.urls().genesys());
        this.config = config;
    }

    static EmbeddedTwin start(HarnessConfig config) {
        long seed = config.sandbox().seed().orElseGet(() -> new SecureRandom().nextLong() & 0xFFFFFFFL);
        return new EmbeddedTwin(SandboxServer.start(seed, config.sandbox().port(), () -> defaults(config)), config);
    }

    TwinControl control() {
        return control;
    }

    /** A new tenant; the Salesforce API session comes through the flow the config chooses. */
    OrgAccess newTenant() {
        String flow = config.orgs().salesforce().api().flow();
        OrgAccess access = control.createTenant(TenantOptions.defaults()
                .navigation(config.sandbox().navigation())
                .salesforceSettingsUi(config.sandbox().salesforceUi())
                .identityVerification(config.sandbox().identityVerification())
                .salesforceNamespace(namespaceOf(config.orgs().salesforce().queueObject()))
                .salesforcePasswordFlow(flow.equals("password")));
        OrgAccess.Salesforce s = access.salesforce();
        return new OrgAccess(access.sandboxTenantId(), access.genesys(), new OrgAccess.Salesforce(s.loginUrl(), s.setupUrl(),
                s.username(), s.password(), s.api().withFlow(SalesforceAuth.Flow.fromConfig(flow))));
    }

    /** The namespace prefix of a configured object name ({@code ns__Name__c}), so the twin's org has that object. */
    static String namespaceOf(String objectApiName) {
        int first = objectApiName.indexOf("__");
        return first > 0 && objectApiName.indexOf("__", first + 2) > 0 ? objectApiName.substring(0, first) : "";
    }

    Map<String, String> facts() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("Sandbox.genesys", server.urls().genesys());
        facts.put("Sandbox.salesforce", server.urls().salesforce());
        facts.put("Sandbox.setup", server.urls().salesforceSetup());
        facts.put("Sandbox.seed", Long.toString(server.seed()));
        facts.put("Sandbox.navigation", config.sandbox().navigation());
        facts.put("Sandbox.salesforceUi", config.sandbox().salesforceUi());
        return facts;
    }

    long seed() {
        return server.seed();
    }

    @Override
    public void close() {
        server.close();
    }

    private static TenantSettings defaults(HarnessConfig config) {
        TenantSettings s = new TenantSettings();
        var sb = config.sandbox();
        s.navigation = sb.navigation();
        s.salesforceSettingsUi = sb.salesforceUi();
        s.identityVerification = sb.identityVerification();
        s.sessionLifetime = sb.sessionLifetime();
        s.latency = sb.faults().latency();
        s.jitter = sb.faults().jitter();
        s.transientErrorRate = sb.faults().transientErrorRate();
        s.publishDuration = sb.faults().publishDuration();
        s.integrationCreateDuration = sb.faults().integrationCreateDuration();
        s.consistencyLag = sb.faults().consistencyLag();
        return s;
    }
}
