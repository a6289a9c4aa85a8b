package io.omharness.twin.salesforce.model;

import java.util.Map;

/**
 * The package's "Configure Genesys Cloud OAuth Settings": where Genesys Cloud is and which client to use.
 * The secret is only ever read to call Genesys Cloud; {@link #view()} never contains it.
 */
public final class OAuthSettings {
    private String region;
    private String baseUrl;
    private String clientId;
    private String clientSecret;

    public synchronized void save(String region, String baseUrl, String clientId, String newSecret) {
        this.region = region;
        this.baseUrl = baseUrl;
        this.clientId = clientId;
        if (newSecret != null && !newSecret.isEmpty()) {
            this.clientSecret = newSecret;
        }
    }

    public synchronized Connection connection() {
        return new Connection(baseUrl, clientId, clientSecret);
    }

    public synchronized boolean complete() {
        return baseUrl != null && !baseUrl.isBlank() && clientId != null && !clientId.isBlank()
                && clientSecret != null && !clientSecret.isEmpty();
    }

    /** What the settings page may show: everything but the secret. */
    public synchronized Map<String, Object> view() {
        return Map.of("region", region == null ? "" : region, "baseUrl", baseUrl == null ? "" : baseUrl,
                "clientId", clientId == null ? "" : clientId, "secretSaved", clientSecret != null && !clientSecret.isEmpty());
    }

    /** What Retrieve Options needs to reach Genesys Cloud. */
    public record Connection(String baseUrl, String clientId, String clientSecret) {
        @Override
        public String toString() {
            return "Connection[" + baseUrl + ", " + clientId + ", secret ******]";
        }
    }
}
