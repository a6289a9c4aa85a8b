package io.omharness.genesys.api;

import com.mypurecloud.sdk.v2.api.ConversationsApi;
import com.mypurecloud.sdk.v2.api.RoutingApi;
import com.mypurecloud.sdk.v2.api.request.GetRoutingMessageRecipientsRequest;
import com.mypurecloud.sdk.v2.model.OpenIntegration;
import com.mypurecloud.sdk.v2.model.OpenIntegrationRequest;
import com.mypurecloud.sdk.v2.model.Recipient;
import com.mypurecloud.sdk.v2.model.RecipientFlow;
import com.mypurecloud.sdk.v2.model.RecipientRequest;
import io.omharness.poll.Poll;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static io.omharness.genesys.api.SdkCalls.allPages;
import static io.omharness.genesys.api.SdkCalls.call;
import static io.omharness.genesys.api.SdkCalls.run;

/** Open messaging integrations and the message-routing recipients their creation makes. */
public final class OpenMessaging {
    private static final Duration POLL_EVERY = Duration.ofMillis(250);
    private final ConversationsApi conversations;
    private final RoutingApi routing;
    private final ListWaits waits;

    OpenMessaging(ConversationsApi conversations, RoutingApi routing, ListWaits waits) {
        this.conversations = conversations;
        this.routing = routing;
        this.waits = waits;
    }

    /** Starts the creation (the API answers 202 with createStatus Initiated). */
    public OpenIntegration create(String name, String webhookUrl, String token) {
        OpenIntegrationRequest request = new OpenIntegrationRequest().name(name)
                .outboundNotificationWebhookUrl(webhookUrl).outboundNotificationWebhookSignatureSecretToken(token);
        return call("Create open messaging integration '" + name + "'",
                () -> conversations.postConversationsMessagingIntegrationsOpen(request));
    }

    /** Waits until the integration's creation has completed (its recipient exists). */
    public OpenIntegration waitUntilCreated(String integrationId, Duration timeout) {
        return Poll.until("open messaging integration " + integrationId + " to be created", timeout, POLL_EVERY, () -> {
            OpenIntegration integration = call("Read open messaging integration " + integrationId,
                    () -> conversations.getConversationsMessagingIntegrationsOpenIntegrationId(integrationId, null));
            if (integration.getCreateStatus() == OpenIntegration.CreateStatusEnum.ERROR) {
                throw new GenesysApiException("Creating open messaging integration '" + integration.getName() + "' failed"
                        + (integration.getCreateError() == null ? "" : ": " + integration.getCreateError().getMessage()));
            }
            return integration.getCreateStatus() == OpenIntegration.CreateStatusEnum.COMPLETED
                    ? Optional.of(integration) : Optional.empty();
        });
    }

    /** The integration of that name, if lists show it within the settle time (the listing has no name filter). */
    public Optional<OpenIntegration> find(String name) {
        return waits.find("open messaging integration '" + name + "' in the list", () -> listed(name));
    }

    /** The integration of that name, waiting until lists show it. */
    public OpenIntegration await(String name) {
        return waits.await("open messaging integration '" + name + "' in the list", () -> listed(name));
    }

    private Optional<OpenIntegration> listed(String name) {
        return listAll().stream().filter(i -> name.equalsIgnoreCase(i.getName())).findFirst();
    }

    public List<OpenIntegration> listAll() {
        return allPages("List open messaging integrations",
                n -> conversations.getConversationsMessagingIntegrationsOpen(100, n, null, null, null),
                l -> l.getEntities(), l -> l.getPageCount());
    }

    public void delete(String integrationId) {
        SdkCalls.delete("Delete open messaging integration " + integrationId,
                () -> conversations.deleteConversationsMessagingIntegrationsOpenIntegrationId(integrationId));
    }

    public Recipient recipient(String recipientId) {
        return call("Read recipient " + recipientId, () -> routing.getRoutingMessageRecipient(recipientId));
    }

    public List<Recipient> listAllRecipients() {
        return allPages("List message recipients", n -> routing.getRoutingMessageRecipients(
                GetRoutingMessageRecipientsRequest.builder().withMessengerType("open").withPageSize(100)
                        .withPageNumber(n).build()), l -> l.getEntities(), l -> l.getPageCount());
    }

    public void routeRecipientToFlow(String recipientId, String flowId) {
        RecipientRequest request = new RecipientRequest().flow(new RecipientFlow().id(flowId));
        run("Route recipient " + recipientId + " to flow " + flowId,
                () -> routing.putRoutingMessageRecipient(recipientId, request));
    }
}
