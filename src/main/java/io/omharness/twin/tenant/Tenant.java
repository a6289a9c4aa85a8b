package io.omharness.twin.tenant;

import io.omharness.twin.core.TenantSettings;

import io.omharness.twin.genesys.org.GenesysOrg;
import io.omharness.twin.salesforce.org.SalesforceOrg;

/** One isolated pair of orgs: a Genesys Cloud org and the Salesforce org paired with it. */
public final class Tenant {
    private final String id;
    private final String orgName;
    private final TenantSettings settings;
    private final GenesysOrg genesys;
    private final SalesforceOrg salesforce;

    public Tenant(String id, String orgName, TenantSettings settings, GenesysOrg genesys, SalesforceOrg salesforce) {
        this.id = id;
        this.orgName = orgName;
        this.settings = settings;
        this.genesys = genesys;
        this.salesforce = salesforce;
    }

    public String id() { return id; }
    public String orgName() { return orgName; }
    public TenantSettings settings() { return settings; }
    public GenesysOrg genesys() { return genesys; }
    public SalesforceOrg salesforce() { return salesforce; }
}
