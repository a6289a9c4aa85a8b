package io.omharness.genesys.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mypurecloud.sdk.v2.ApiClient;
import com.mypurecloud.sdk.v2.api.ArchitectApi;
import com.mypurecloud.sdk.v2.api.ConversationsApi;
import com.mypurecloud.sdk.v2.api.RoutingApi;
import com.mypurecloud.sdk.v2.api.UsersApi;
import com.mypurecloud.sdk.v2.api.request.GetFlowsRequest;
import com.mypurecloud.sdk.v2.api.request.GetRoutingMessageRecipientsRequest;
import com.mypurecloud.sdk.v2.api.request.GetRoutingQueueMembersRequest;
import com.mypurecloud.sdk.v2.api.request.GetRoutingQueuesRequest;
import com.mypurecloud.sdk.v2.model.CreateQueueRequest;
import com.mypurecloud.sdk.v2.model.Flow;
import com.mypurecloud.sdk.v2.model.OpenIntegration;
import com.mypurecloud.sdk.v2.model.OpenIntegrationRequest;
import com.mypurecloud.sdk.v2.model.Operation;
import com.mypurecloud.sdk.v2.model.Queue;
import com.mypurecloud.sdk.v2.model.QueueMember;
import com.mypurecloud.sdk.v2.model.Recipient;
import com.mypurecloud.sdk.v2.model.RecipientFlow;
import com.mypurecloud.sdk.v2.model.RecipientRequest;
import com.mypurecloud.sdk.v2.model.User;
import com.mypurecloud.sdk.v2.model.WritableEntity;
import io.omharness.target.OrgAccess;
import io.omharness.poll.Poll;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static io.omharness.genesys.api.SdkCalls.allPages;
import static io.omharness.genesys.api.SdkCalls.call;
import static io.omharness.genesys.api.SdkCalls.run;

/**
 * The harness's Platform API client on the official SDK: sets up and verifies what the guide builds
 * (queue, member, inbound message flow, open messaging, message route) and removes what it created.
 */
public final class GenesysApi {
    public static final String INBOUND_MESSAGE = "inboundshortmessage";
    private static final Duration POLL_EVERY = Duration.ofMillis(200);
    private final ApiClient client;
    private final RoutingApi routing;
    private final ArchitectApi architect;
    private final ConversationsApi conversations;
    private final UsersApi users;

    public GenesysApi(OrgAccess.Genesys access) {
        String token = new ClientCredentials().token(access.apiUrl(), access.clientId(), access.clientSecret());
        this.client = ApiClient.Builder.standard().withBasePath(access.apiUrl()).withAccessToken(token)
                .withRetryConfiguration(SdkSettings.retries()).withLoggingConfiguration(SdkSettings.quietLogging())
                .withShouldThrowErrors(true).build();
        this.routing = new RoutingApi(client);
        this.architect = new ArchitectApi(client);
        this.conversations = new ConversationsApi(client);
        this.users = new UsersApi(client);
    }

    // Users and queues

    /** A user by display name or email, case-insensitively. */
    public Optional<User> findUser(String nameOrEmail) {
        return allPages("List users", n -> users.getUsers(100, n, null, null, null, null, null, null),
                l -> l.getEntities(), l -> l.getPageCount()).stream()
                .filter(u -> nameOrEmail.equalsIgnoreCase(u.getName()) || nameOrEmail.equalsIgnoreCase(u.getEmail()))
                .findFirst();
    }

    public Queue createQueue(String name) {
        return call("Create queue '" + name + "'", () -> routing.postRoutingQueues(new CreateQueueRequest().name(name)));
    }

    public Optional<Queue> findQueue(String name) {
        return call("Find queue '" + name + "'", () -> routing.getRoutingQueues(GetRoutingQueuesRequest.builder()
                .withName(name).withPageSize(100).build())).getEntities().stream()
                .filter(q -> name.equalsIgnoreCase(q.getName())).findFirst();
    }

    public List<Queue> listAllQueues() {
        return allPages("List queues", n -> routing.getRoutingQueues(GetRoutingQueuesRequest.builder()
                .withPageSize(100).withPageNumber(n).build()), l -> l.getEntities(), l -> l.getPageCount());
    }

    public void addMember(String queueId, String userId) {
        run("Add user " + userId + " to queue " + queueId,
                () -> routing.postRoutingQueueMembers(queueId, List.of(new WritableEntity().id(userId)), false));
    }

    public List<String> memberNames(String queueId) {
        return allPages("List members of queue " + queueId, n -> routing.getRoutingQueueMembers(
                GetRoutingQueueMembersRequest.builder().withQueueId(queueId).withPageSize(100).withPageNumber(n).build()),
                l -> l.getEntities(), l -> null).stream().map(QueueMember::getName).toList();
    }

    public void deleteQueue(String queueId) {
        run("Delete queue " + queueId, () -> routing.deleteRoutingQueue(queueId, false));
    }

    // Flows

    public Flow createInboundMessageFlow(String name) {
        Flow flow = new Flow().name(name).type(Flow.TypeEnum.INBOUNDSHORTMESSAGE);
        return call("Create inbound message flow '" + name + "'", () -> architect.postFlows(flow, null));
    }

    public Optional<Flow> findInboundMessageFlow(String name) {
        return call("Find inbound message flow '" + name + "'", () -> architect.getFlows(GetFlowsRequest.builder()
                .withType(List.of(INBOUND_MESSAGE)).withName(name).withPageSize(100).build())).getEntities().stream()
                .filter(f -> name.equalsIgnoreCase(f.getName())).findFirst();
    }

    public List<Flow> listAllInboundMessageFlows() {
        return allPages("List inbound message flows", n -> architect.getFlows(GetFlowsRequest.builder()
                .withType(List.of(INBOUND_MESSAGE)).withPageSize(100).withPageNumber(n).build()),
                l -> l.getEntities(), l -> l.getPageCount());
    }

    /** Checks the flow out and saves a version whose Initial State transfers to the queue. */
    public void saveTransferToAcd(String flowId, String queueId, String queueName) {
        run("Check out flow " + flowId, () -> architect.postFlowsActionsCheckout(flowId));
        ObjectNode configuration = configuration(flowId);
        ArrayNode actions = configuration.withObject("/initialState").withArray("actions");
        ObjectNode transfer = null;
        for (JsonNode action : actions) {
            if ("transferToAcd".equals(action.path("type").asText())) {
                transfer = (ObjectNode) action;
            }
        }
        if (transfer == null) {
            transfer = actions.addObject().put("type", "transferToAcd").put("name", "Transfer to ACD").put("priority", 0);
        }
        transfer.putObject("queue").put("id", queueId).put("name", queueName);
        run("Save flow " + flowId, () -> architect.postFlowVersions(flowId, configuration));
    }

    /** The queue name the flow's Transfer to ACD targets, or null when it has none. */
    public String transferTargetQueueName(String flowId) {
        for (JsonNode action : configuration(flowId).path("initialState").path("actions")) {
            if ("transferToAcd".equals(action.path("type").asText()) && action.path("queue").isObject()) {
                return action.path("queue").path("name").asText(null);
            }
        }
        return null;
    }

    public void publish(String flowId) {
        run("Publish flow " + flowId, () -> architect.postFlowsActionsPublish(flowId, null));
    }

    /** Waits until the publish has finished; a failed publish ends the wait with its message. */
    public Flow waitUntilPublished(String flowId, Duration timeout) {
        return Poll.until("flow " + flowId + " to be published", timeout, POLL_EVERY, () -> {
            Flow flow = call("Read flow " + flowId, () -> architect.getFlow(flowId, false));
            Operation operation = flow.getCurrentOperation();
            if (operation != null && operation.getActionStatus() == Operation.ActionStatusEnum.FAILURE) {
                throw new GenesysApiException("Publishing flow '" + flow.getName() + "' failed: " + operation.getErrorMessage());
            }
            boolean running = operation != null && operation.getActionStatus() != Operation.ActionStatusEnum.SUCCESS;
            return running || flow.getPublishedVersion() == null ? Optional.empty() : Optional.of(flow);
        });
    }

    /** Deletes the flow, unlocking it first when the UI left it checked out (as Architect does on delete). */
    public void deleteFlow(String flowId) {
        Flow flow = call("Get flow " + flowId, () -> architect.getFlow(flowId, false));
        if (flow.getLockedUser() != null || flow.getLockedClient() != null) {
            run("Unlock flow " + flowId, () -> architect.postFlowsActionsUnlock(flowId));
        }
        run("Delete flow " + flowId, () -> architect.deleteFlow(flowId));
    }

    // Open messaging and message routing

    public OpenIntegration createOpenMessaging(String name, String webhookUrl, String token) {
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
                throw new GenesysApiException("Creating open messaging integration '" + integration.getName() + "' failed");
            }
            return integration.getCreateStatus() == OpenIntegration.CreateStatusEnum.COMPLETED
                    ? Optional.of(integration) : Optional.empty();
        });
    }

    public Optional<OpenIntegration> findOpenMessaging(String name) {
        return listAllOpenMessaging().stream().filter(i -> name.equalsIgnoreCase(i.getName())).findFirst();
    }

    public List<OpenIntegration> listAllOpenMessaging() {
        return allPages("List open messaging integrations",
                n -> conversations.getConversationsMessagingIntegrationsOpen(100, n, null, null, null),
                l -> l.getEntities(), l -> l.getPageCount());
    }

    public void deleteOpenMessaging(String integrationId) {
        run("Delete open messaging integration " + integrationId,
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

    // Teardown

    /**
     * Deletes the open messaging integrations (with their recipients), inbound message flows and queues
     * whose names start with the prefix, in that order so that no deleted flow is still routed.
     * Flows the UI left checked out are unlocked first. Returns how many objects were deleted.
     */
    public int deleteAllNamedWithPrefix(String prefix) {
        if (prefix == null || prefix.isBlank()) {
            throw new IllegalArgumentException("Teardown needs a name prefix, so that it never touches other objects");
        }
        int deleted = 0;
        for (OpenIntegration integration : listAllOpenMessaging()) {
            if (startsWith(integration.getName(), prefix)) {
                deleteOpenMessaging(integration.getId());
                deleted++;
            }
        }
        for (Flow flow : listAllInboundMessageFlows()) {
            if (startsWith(flow.getName(), prefix)) {
                deleteFlow(flow.getId());
                deleted++;
            }
        }
        for (Queue queue : listAllQueues()) {
            if (startsWith(queue.getName(), prefix)) {
                deleteQueue(queue.getId());
                deleted++;
            }
        }
        return deleted;
    }

    private static boolean startsWith(String name, String prefix) {
        return name != null && name.regionMatches(true, 0, prefix, 0, prefix.length());
    }

    private ObjectNode configuration(String flowId) {
        Object raw = call("Read configuration of flow " + flowId, () -> architect.getFlowLatestconfiguration(flowId, false));
        return client.getObjectMapper().valueToTree(raw);
    }
}
