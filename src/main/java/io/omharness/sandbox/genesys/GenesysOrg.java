package io.omharness.sandbox.genesys;

import java.util.UUID;

/** The state of one Genesys Cloud org in the twin. (Skeleton: the model grows in the Genesys twin.) */
public final class GenesysOrg {
    private final String name;
    private final String adminEmail;
    private final String adminPassword;
    private final String clientId = UUID.randomUUID().toString();
    private final String clientSecret;

    public GenesysOrg(String name, String adminPassword, String clientSecret) {
        this.name = name;
        this.adminEmail = "admin@" + name + ".example.com";
        this.adminPassword = adminPassword;
        this.clientSecret = clientSecret;
    }

    public String name() { return name; }
    public String adminEmail() { return adminEmail; }
    public String adminPassword() { return adminPassword; }
    public String clientId() { return clientId; }
    public String clientSecret() { return clientSecret; }
}
