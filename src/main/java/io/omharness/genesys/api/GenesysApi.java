package io.omharness.genesys.api;

import com.mypurecloud.sdk.v2.ApiClient;
import com.mypurecloud.sdk.v2.api.ArchitectApi;
import com.mypurecloud.sdk.v2.api.ConversationsApi;
import com.mypurecloud.sdk.v2.api.RoutingApi;
import com.mypurecloud.sdk.v2.api.UsersApi;
import com.mypurecloud.sdk.v2.api.request.GetRoutingQueueMembersRequest;
import com.mypurecloud.sdk.v2.api.request.GetRoutingQueuesRequest;
import com.mypurecloud.sdk.v2.model.CreateQueueRequest;
import com.mypurecloud.sdk.v2.model.Flow;
import com.mypurecloud.sdk.v2.model.OpenIntegration;
import com.mypurecloud.sdk.v2.model.Queue;
import com.mypurecloud.sdk.v2.model.QueueMember;
import com.mypurecloud.sdk.v2.model.Recipient;
import com.mypurecloud.sdk.v2.model.User;
import com.mypurecloud.sdk.v2.model.UserSearchCriteria;
import com.mypurecloud.sdk.v2.model.UserSearchRequest;
import com.mypurecloud.sdk.v2.model.WritableEntity;
import io.omharness.target.OrgAccess;

import java.util.List;
import java.util.Optional;

import static io.omharness.genesys.api.SdkCalls.allPages;
import static io.omharness.genesys.api.SdkCalls.call;
import static io.omharness.genesys.api.SdkCalls.pagesUntilEmpty;
import static io.omharness.genesys.api.SdkCalls.run;

/**
 * The harness's Platform API client on the official SDK: users and queues here, flows in
 * {@link ArchitectFlows}, open messaging and routes in {@link OpenMessaging}. Lists are eventually
 * consistent, so find/await poll them ({@link ListWaits}); reads by id are immediate.
 */
public final class GenesysApi {
    private final RoutingApi routing;
    private final UsersApi users;
    private final ListWaits waits;
    private final ArchitectFlows flows;
    private final OpenMessaging messaging;

    public GenesysApi(OrgAccess.Genesys access) {
        this(access, ListWaits.DEFAULTS);
    }

    public GenesysApi(OrgAccess.Genesys access, ListWaits waits) {
        String token = new ClientCredentials().token(access.apiUrl(), access.clientId(), access.clientSecret());
        ApiClient client = ApiClient.Builder.standard().withBasePath(access.apiUrl()).withAccessToken(token)
                .withRetryConfiguration(SdkSettings.retries()).withLoggingConfiguration(SdkSettings.quietLogging())
                .withShouldThrowErrors(true).build();
        this.waits = waits;
        this.routing = new RoutingApi(client);
        this.users = new UsersApi(client);
        this.flows = new ArchitectFlows(new ArchitectApi(client), waits);
        this.messaging = new OpenMessaging(new ConversationsApi(client), routing, waits);
    }

    public ArchitectFlows flows() {
        return flows;
    }

    public OpenMessaging messaging() {
        return messaging;
    }

    // Users and queues

    /** A user by email or display name (POST /api/v2/users/search: GET /api/v2/users has no name filter). */
    public Optional<User> findUser(String nameOrEmail) {
        UserSearchRequest search = new UserSearchRequest().pageSize(25).query(List.of(new UserSearchCriteria()
                .type(UserSearchCriteria.TypeEnum.EXACT).fields(List.of("email", "name")).value(nameOrEmail)));
        List<User> found = call("Search users for '" + nameOrEmail + "'", () -> users.postUsersSearch(search)).getResults();
        return found == null ? Optional.empty() : found.stream()
                .filter(u -> nameOrEmail.equalsIgnoreCase(u.getName()) || nameOrEmail.equalsIgnoreCase(u.getEmail()))
                .findFirst();
    }

    public Queue createQueue(String name) {
        return call("Create queue '" + name + "'", () -> routing.postRoutingQueues(new CreateQueueRequest().name(name)));
    }

    /** The queue of that name, if lists show it within the settle time. */
    public Optional<Queue> findQueue(String name) {
        return waits.find("queue '" + name + "' in the list", () -> listedQueue(name));
    }

    /** The queue of that name, waiting until lists show it. */
    public Queue awaitQueue(String name) {
        return waits.await("queue '" + name + "' in the list", () -> listedQueue(name));
    }

    /** Waits until lists no longer show the queue (after a delete, before anyone reads the list again). */
    public void awaitQueueGone(String name) {
        waits.await("queue '" + name + "' to leave the list",
                () -> listedQueue(name).isPresent() ? Optional.empty() : Optional.of(true));
    }

    private Optional<Queue> listedQueue(String name) {
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

    /** Member listings have no total: pages until an empty one. */
    public List<String> memberNames(String queueId) {
        return pagesUntilEmpty("List members of queue " + queueId, n -> routing.getRoutingQueueMembers(
                GetRoutingQueueMembersRequest.builder().withQueueId(queueId).withPageSize(100).withPageNumber(n).build()),
                l -> l.getEntities()).stream().map(QueueMember::getName).toList();
    }

    /**
     * The members of a queue found in a listing, or empty when the queue is gone: lists lag behind
     * deletes, so a listed queue may already answer 404.
     */
    public List<String> memberNamesIfExists(String queueId) {
        try {
            return memberNames(queueId);
        } catch (GenesysApiException e) {
            if (e.status() == 404) {
                return List.of();
            }
            throw e;
        }
    }

    /** Waits until the queue's members include the user (membership changes take a while to show). */
    public List<String> awaitMember(String queueId, String userName) {
        return waits.await(userName + " among the members of queue " + queueId, () -> Optional.of(memberNames(queueId))
                .filter(names -> names.contains(userName)));
    }

    public void deleteQueue(String queueId) {
        SdkCalls.delete("Delete queue " + queueId, () -> routing.deleteRoutingQueue(queueId, false));
    }

    // Shorthands kept for the steps that read flows and integrations by name

    public Optional<Flow> findInboundMessageFlow(String name) {
        return flows.find(name);
    }

    public List<Flow> listAllInboundMessageFlows() {
        return flows.listAll();
    }

    public Optional<OpenIntegration> findOpenMessaging(String name) {
        return messaging.find(name);
    }

    public List<OpenIntegration> listAllOpenMessaging() {
        return messaging.listAll();
    }

    public Recipient recipient(String recipientId) {
        return messaging.recipient(recipientId);
    }

    // Teardown

    /**
     * Deletes the open messaging integrations (with their recipients), inbound message flows and queues
     * whose names start with the prefix, in that order so that no deleted flow is still routed.
     * Flows the UI left checked out are unlocked first; an object a list still shows after its
     * deletion counts as deleted. Returns how many objects were deleted.
     */
    public int deleteAllNamedWithPrefix(String prefix) {
        if (prefix == null || prefix.isBlank()) {
            throw new IllegalArgumentException("Teardown needs a name prefix, so that it never touches other objects");
        }
        int deleted = 0;
        for (OpenIntegration integration : messaging.listAll()) {
            if (startsWith(integration.getName(), prefix)) {
                messaging.delete(integration.getId());
                deleted++;
            }
        }
        for (Flow flow : flows.listAll()) {
            if (startsWith(flow.getName(), prefix)) {
                flows.delete(flow.getId());
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
}
