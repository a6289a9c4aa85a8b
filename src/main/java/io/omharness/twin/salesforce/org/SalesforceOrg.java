package io.omharness.twin.salesforce.org;

import io.omharness.twin.salesforce.model.SalesforceObjects;

import io.omharness.twin.salesforce.model.ConnectedApp;

import io.omharness.twin.salesforce.model.IdentityChallenges;
import io.omharness.twin.salesforce.model.InstalledPackage;
import io.omharness.twin.salesforce.model.OAuthSettings;
import io.omharness.twin.salesforce.model.PackageCatalog;
import io.omharness.twin.salesforce.model.RecordStore;
import io.omharness.twin.salesforce.model.Retrievals;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/** The state of one Salesforce org in the twin: its admin, installed packages, package settings and records. */
public final class SalesforceOrg {
    private final String orgId = "00D5g0000" + java.util.UUID.randomUUID().toString().replace("-", "")
            .substring(0, 6).toUpperCase() + "EAS";
    private final String username;
    private final String password;
    private final String myDomain;
    private final LocalDate created = LocalDate.now();
    private volatile String namespace = SalesforceObjects.DEFAULT_NAMESPACE;
    private volatile boolean settingsApp;
    private final OAuthSettings oauth = new OAuthSettings();
    private final RecordStore records = new RecordStore();
    private final Retrievals retrievals = new Retrievals();
    private final IdentityChallenges identity = new IdentityChallenges();
    private final ConnectedApp connectedApp;
    private final AtomicBoolean preconfigured = new AtomicBoolean();

    public SalesforceOrg(String orgName, String password) {
        this(orgName, password, ConnectedApp.newCertificate());
    }

    public SalesforceOrg(String orgName, String password, java.security.KeyPair certificate) {
        this.connectedApp = new ConnectedApp(certificate);
        this.username = "admin@" + orgName + ".sandbox.salesforce.example";
        this.password = password;
        this.myDomain = orgName.replaceAll("[^A-Za-z0-9]", "").toLowerCase();
    }

    public String username() { return username; }
    public String password() { return password; }
    public String orgId() { return orgId; }
    public String myDomain() { return myDomain; }
    public List<InstalledPackage> packages() { return PackageCatalog.standard(created, namespace, settingsApp); }
    /** Whether the package's settings live in the App Launcher app (the newer packaging) instead of Configure. */
    public boolean settingsApp() { return settingsApp; }
    public void settingsApp(boolean app) { this.settingsApp = app; }
    /** The External Routing package's namespace prefix (a per-tenant setting of the twin). */
    public String namespace() { return namespace; }
    public void namespace(String namespace) { this.namespace = namespace == null ? "" : namespace; }
    public String apiName(String name) { return SalesforceObjects.namespaced(namespace, name); }
    public OAuthSettings oauth() { return oauth; }
    public RecordStore records() { return records; }
    public Retrievals retrievals() { return retrievals; }
    public IdentityChallenges identity() { return identity; }
    public ConnectedApp connectedApp() { return connectedApp; }

    /**
     * The guide's precondition: the package already holds the Genesys org's OAuth client. Done once,
     * on first use, because the Genesys side's URL is only known to the running twin.
     */
    public void preconfigure(String genesysBaseUrl, String clientId, String clientSecret) {
        if (preconfigured.compareAndSet(false, true)) {
            oauth.save("", genesysBaseUrl, clientId, clientSecret);
        }
    }
}
