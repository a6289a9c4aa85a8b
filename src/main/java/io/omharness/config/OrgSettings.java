package io.omharness.config;

/** Real-org connection details. Secrets are held as {@link Secret} so they never print. */
public record OrgSettings(Genesys genesys, Salesforce salesforce, OpenMessaging openMessaging) {

    public record Genesys(String region, String org, String userEmail, Secret userPassword,
                          String clientId, Secret clientSecret) {
        public String loginUrl() { return "https://login." + region; }
        public String appsUrl() { return "https://apps." + region; }
        public String apiUrl() { return "https://api." + region; }
    }

    /** @param apiVersion the REST API version SalesforceApi calls, e.g. v60.0 */
    public record Salesforce(String loginUrl, String username, Secret password, String apiVersion,
                             String queueObject, String entityObject, String genesysIdField) {
    }

    public record OpenMessaging(String webhookUrl, Secret webhookToken) {
    }
}
