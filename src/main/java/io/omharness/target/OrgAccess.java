package io.omharness.target;

import io.omharness.config.Secret;

import java.util.Optional;

/** How to reach the two orgs a browser works on: a sandbox tenant or the real orgs from config. */
public record OrgAccess(Optional<String> sandboxTenantId, Genesys genesys, Salesforce salesforce) {

    public record Genesys(String loginUrl, String appsUrl, String apiUrl, String org, String email,
                          Secret password, String clientId, Secret clientSecret) {
    }

    public record Salesforce(String loginUrl, String setupUrl, String username, Secret password, SalesforceAuth api) {
    }
}
