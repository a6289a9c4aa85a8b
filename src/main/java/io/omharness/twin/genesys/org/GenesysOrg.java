package io.omharness.twin.genesys.org;

import io.omharness.twin.core.TenantSettings;
import io.omharness.twin.genesys.auth.OAuthClients;
import io.omharness.twin.genesys.auth.Sessions;
import io.omharness.twin.genesys.model.Caller;
import io.omharness.twin.genesys.model.FlowJobs;
import io.omharness.twin.genesys.model.Flows;
import io.omharness.twin.genesys.model.GenesysError;
import io.omharness.twin.genesys.model.OpenIntegrations;
import io.omharness.twin.genesys.model.Queues;
import io.omharness.twin.genesys.model.Recipients;
import io.omharness.twin.genesys.model.Ref;
import io.omharness.twin.genesys.model.User;
import io.omharness.twin.genesys.model.Users;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * The state of one Genesys Cloud org in the twin. Every repository guards its entities with this
 * org's one lock, so rules that span them (a recipient's flow, a flow's queue) see one consistent state.
 */
public final class GenesysOrg {
    private final Object lock = new Object();
    private final String name;
    private final Ref division = new Ref(UUID.randomUUID().toString(), "Home", null);
    private final Users users = new Users();
    private final User admin;
    private final String clientSecret;
    private final OAuthClients oauth;
    private final Sessions sessions;
    private final Queues queues;
    private final Flows flows;
    private final FlowJobs flowJobs;
    private final Recipients recipients;
    private final OpenIntegrations integrations;
    private final CustomerObjects customerObjects;

    public GenesysOrg(String name, String adminPassword, String clientSecret, TenantSettings settings) {
        this(name, adminPassword, clientSecret, settings, Clock.systemUTC());
    }

    public GenesysOrg(String name, String adminPassword, String clientSecret, TenantSettings settings, Clock clock) {
        this.name = name;
        this.admin = users.add("Sandbox Admin", "admin@" + name + ".example.com", adminPassword);
        this.clientSecret = clientSecret;
        this.oauth = new OAuthClients(clock, UUID.randomUUID().toString(), "Harness Client", clientSecret);
        this.sessions = new Sessions(clock, () -> settings.sessionLifetime);
        this.queues = new Queues(lock, clock, users, division);
        this.flows = new Flows(lock, clock, division, queues, () -> settings.publishDuration);
        this.flowJobs = new FlowJobs(lock, clock, flows, queues, division, () -> settings.publishDuration);
        this.recipients = new Recipients(lock, clock, flows::find);
        this.integrations = new OpenIntegrations(lock, clock, recipients, () -> settings.integrationCreateDuration);
        this.customerObjects = CustomerObjects.seed(this);
    }

    public String name() { return name; }
    public String adminEmail() { return admin.email(); }
    public String adminPassword() { return admin.password(); }
    public User admin() { return admin; }
    public String clientId() { return oauth.clientId(); }
    /** Only for the control API, which hands the tenant's credentials to whoever created it. */
    public String clientSecret() { return clientSecret; }
    public Ref division() { return division; }
    public Users users() { return users; }
    public OAuthClients oauth() { return oauth; }
    public Sessions sessions() { return sessions; }
    public Queues queues() { return queues; }
    public Flows flows() { return flows; }
    public FlowJobs flowJobs() { return flowJobs; }
    public Recipients recipients() { return recipients; }
    public OpenIntegrations integrations() { return integrations; }
    public CustomerObjects customerObjects() { return customerObjects; }

    public Caller clientCaller() {
        return Caller.client(oauth.clientId(), oauth.clientName());
    }

    /** Deletes a flow unless a message route still uses it (as Architect refuses to delete a flow in use). */
    public void deleteFlow(String flowId, Caller caller) {
        synchronized (lock) {
            List<String> routes = recipients.routingTo(flowId);
            if (!routes.isEmpty()) {
                throw GenesysError.conflict("The flow is in use by the message route(s) " + String.join(", ", routes) + ".");
            }
            flows.delete(flowId, caller);
        }
    }

    @Override
    public String toString() {
        return "GenesysOrg[" + name + "]";
    }
}
