package io.omharness.sandbox.salesforce;

/** The state of one Salesforce org in the twin. (Skeleton: the model grows in the Salesforce twin.) */
public final class SalesforceOrg {
    private final String username;
    private final String password;

    public SalesforceOrg(String orgName, String password) {
        this.username = "admin@" + orgName + ".sandbox.salesforce.example";
        this.password = password;
    }

    public String username() { return username; }
    public String password() { return password; }
}
