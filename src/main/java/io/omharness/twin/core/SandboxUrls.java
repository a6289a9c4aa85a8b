package io.omharness.twin.core;

/**
 * The twin's origins. Genesys (login, apps, API) share one; the Salesforce app and Salesforce Setup
 * are two different origins on one port (127.0.0.1 and localhost), as real orgs now serve Setup
 * from its own domain.
 */
public record SandboxUrls(String genesys, String salesforce, String salesforceSetup) {

    public static SandboxUrls of(int genesysPort, int salesforcePort) {
        return new SandboxUrls("http://127.0.0.1:" + genesysPort, "http://127.0.0.1:" + salesforcePort,
                "http://localhost:" + salesforcePort);
    }

    public String genesysLogin(String org) {
        return genesys + "/login/#/authenticate-adv/org/" + org;
    }
}
