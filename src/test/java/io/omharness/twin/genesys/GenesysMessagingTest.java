package io.omharness.twin.genesys;

import io.omharness.twin.genesys.org.GenesysOrg;

import io.omharness.poll.Poll;
import io.omharness.twin.genesys.model.Caller;
import io.omharness.twin.genesys.model.GenesysError;
import io.omharness.twin.genesys.model.OpenIntegrations;
import io.omharness.twin.genesys.model.Recipients;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GenesysMessagingTest {
    private static final String URL = "https://whatever.com";
    private static final String TOKEN = "a-token-longer-than-15";
    private final GenesysOrg org = TestOrgs.org();

    @Test
    void createsAnIntegrationThatCompletesLaterWithARecipient() {
        OpenIntegrations.IntegrationJson created = create("OMH Open", URL, TOKEN);
        assertThat(created.createStatus()).isEqualTo("Initiated");
        assertThat(created.recipient()).isNull();
        assertThat(created.status()).isEqualTo("Active");
        OpenIntegrations.IntegrationJson done = Poll.until("integration completed", Duration.ofSeconds(5),
                Duration.ofMillis(20), () -> Optional.of(org.integrations().get(created.id()))
                        .filter(i -> "Completed".equals(i.createStatus())));
        assertThat(org.recipients().get(done.recipient().id()).name()).isEqualTo("OMH Open");
        assertThat(org.integrations().tokenMatches(created.id(), TOKEN)).isTrue();

        org.integrations().delete(created.id());
        assertThatThrownBy(() -> org.recipients().get(done.recipient().id())).isInstanceOf(GenesysError.class);
    }

    @Test
    void enforcesNameUrlAndTokenRules() {
        create("OMH Rules", URL, TOKEN);
        assertThatThrownBy(() -> create("omh rules", URL, TOKEN)).hasMessageContaining("already exists");
        assertThatThrownBy(() -> create(null, URL, TOKEN)).isInstanceOf(GenesysError.class);
        for (String bad : new String[] {"http://whatever.com", "https://whatever.com:8443/x", "whatever", ""}) {
            assertThatThrownBy(() -> create("OMH Url", bad, TOKEN))
                    .hasMessage(OpenIntegrations.URL_RULE);
        }
        assertThat(create("OMH Port 443", "https://whatever.com:443/hook", TOKEN).name())
                .isEqualTo("OMH Port 443");
        assertThatThrownBy(() -> create("OMH Token", URL, "123")).hasMessage(OpenIntegrations.TOKEN_RULE);
        assertThatThrownBy(() -> create("OMH Token", URL, "exactly-15-char")).hasMessage(OpenIntegrations.TOKEN_RULE);
        assertThat(create("OMH Token", URL, "exactly-16-chars").createStatus()).isEqualTo("Initiated");
    }

    @Test
    void routesARecipientOnlyToAnInboundMessageFlow() {
        Recipients.RecipientJson chat = org.recipients().list("open", "Customer Web Chat").get(0);
        assertThat(chat.flow().name()).isEqualTo("Customer Care Messaging");
        String own = org.flows().create("OMH Route", "inboundshortmessage", null, Caller.user(org.admin())).id();
        String ivr = org.flows().list(java.util.Set.of("inboundcall"), null).get(0).id();
        String id = org.integrations().seedCompleted("OMH Routed", URL, TOKEN).recipient().id();

        assertThat(org.recipients().route(id, own).flow().id()).isEqualTo(own);
        assertThatThrownBy(() -> org.recipients().route(id, ivr)).hasMessageContaining("not an Inbound Message flow");
        assertThatThrownBy(() -> org.recipients().route(id, "unknown")).isInstanceOf(GenesysError.class)
                .extracting(e -> ((GenesysError) e).status()).isEqualTo(400);
        assertThat(org.recipients().route(id, null).flow()).isNull();
        assertThat(org.recipients().list("open", "omh*")).hasSize(1);
        assertThat(org.recipients().list("facebook", null)).isEmpty();
    }

    @Test
    void reportsCustomerObjectsIntactUntilOneChanges() {
        assertThat(org.customerObjects().report()).containsEntry("intact", true);
        org.queues().create("OMH Harmless", null);
        assertThat(org.customerObjects().report()).containsEntry("intact", true);
        String support = org.queues().list("Support").get(0).id();
        org.queues().changeMembers(support, java.util.List.of(org.admin().id()), false);
        assertThat(org.customerObjects().report()).containsEntry("intact", false);
        assertThat(org.customerObjects().report().get("changes")).asList().containsExactly("Queue 'Support' was changed.");
    }

    private OpenIntegrations.IntegrationJson create(String name, String url, String token) {
        return org.integrations().create(name, url, token, OpenIntegrations.Settings.DEFAULTS, Caller.user(org.admin()));
    }

    @Test
    void newIntegrationsCarryTheDefaultSupportedContentAndTheirCreator() {
        OpenIntegrations.IntegrationJson created = create("OMH Content", URL, TOKEN);
        assertThat(created.supportedContent().name()).isEqualTo("Default Supported Content Profile");
        assertThat(created.messagingSetting()).isNull();
        assertThat(created.createdBy().name()).isEqualTo("Sandbox Admin");
        assertThatThrownBy(() -> org.integrations().update(created.id(), null, URL, null, null))
                .hasMessage("The name is required.");
    }
}
