package io.omharness.config;

/** Real-org connection details. Secrets are held as {@link Secret} so they never print. */
public record OrgSettings(Genesys genesys, Salesforce salesforce, OpenMessaging openMessaging) {

    /** A region's three hosts, or explicit base URLs (a proxy, a twin in another process). */
    public record Genesys(String region, String loginUrl, String appsUrl, String apiUrl, String org, String userEmail,
                          Secret userPassword, String clientId, Secret clientSecret) {
    }

    public record Salesforce(String loginUrl, String setupUrl, String username, Secret password, String apiVersion,
                             String packageName, String queueObject, String entityObject, String genesysIdField,
                             ApiAuth api) {
    }

    /**
     * The connected app the API session comes from: flow jwt, client-credentials or password; the private
     * key is the key file's content (held as a secret: it never prints).
     */
    public record ApiAuth(String flow, String consumerKey, Secret consumerSecret, Secret privateKey,
                          Secret securityToken, String audience) {
    }

    public record OpenMessaging(String webhookUrl, Secret webhookToken) {
    }
}
