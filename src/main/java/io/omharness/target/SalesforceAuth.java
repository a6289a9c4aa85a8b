package io.omharness.target;

import io.omharness.config.Secret;

/**
 * How the harness gets a Salesforce API session from the org's connected app. The JWT bearer flow
 * (consumer key + the certificate's private key) is what Salesforce recommends; the client credentials
 * flow needs a run-as user; the username-password flow needs the consumer secret and the security token
 * and is blocked in orgs created from Summer '23 on unless an admin allows it.
 */
public record SalesforceAuth(Flow flow, String consumerKey, Secret consumerSecret, Secret privateKeyPem,
                             Secret securityToken, String audience) {

    public enum Flow {
        JWT("jwt"), CLIENT_CREDENTIALS("client-credentials"), PASSWORD("password");

        private final String configName;

        Flow(String configName) {
            this.configName = configName;
        }

        public String configName() {
            return configName;
        }

        public static Flow fromConfig(String name) {
            for (Flow f : values()) {
                if (f.configName.equals(name)) {
                    return f;
                }
            }
            throw new IllegalArgumentException("Unknown Salesforce auth flow '" + name + "'");
        }
    }

    public SalesforceAuth withFlow(Flow other) {
        return new SalesforceAuth(other, consumerKey, consumerSecret, privateKeyPem, securityToken, audience);
    }
}
