package io.omharness.genesys.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mypurecloud.sdk.v2.ApiClient;
import com.mypurecloud.sdk.v2.ApiException;
import com.mypurecloud.sdk.v2.ApiResponse;
import com.mypurecloud.sdk.v2.api.ArchitectApi;
import com.mypurecloud.sdk.v2.api.ConversationsApi;
import com.mypurecloud.sdk.v2.api.RoutingApi;
import com.mypurecloud.sdk.v2.api.UsersApi;
import com.mypurecloud.sdk.v2.api.request.GetFlowsRequest;
import com.mypurecloud.sdk.v2.api.request.GetRoutingMessageRecipientsRequest;
import com.mypurecloud.sdk.v2.api.request.GetRoutingQueueMembersRequest;
import com.mypurecloud.sdk.v2.api.request.GetRoutingQueuesRequest;
import com.mypurecloud.sdk.v2.model.*;
import io.omharness.control.TenantOptions;
import io.omharness.control.TwinControl;
import io.omharness.target.OrgAccess;
import io.omharness.fixture.TwinFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The twin's Platform API read by the official SDK 198.1.0: every shape the harness relies on. */
class GenesysSdkTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static TwinFixture twin;
    private static TwinControl control;
    private static OrgAccess access;
    private static ApiClient client;

    @BeforeAll
    static void start() {
        twin = TwinFixture.withoutBrowser(11L, TenantOptions.defaults().orgName("sdk-org")
                .publishDuration(Duration.ofMillis(300)).integrationCreateDuration(Duration.ofMillis(300)));
        control = twin.control();
        access = twin.access();
        client = sdk(access);
    }

    @AfterAll
    static void stop() {
        twin.close();
    }

    static ApiClient sdk(OrgAccess tenant) {
        OrgAccess.Genesys g = tenant.genesys();
        return ApiClient.Builder.standard().withBasePath(g.apiUrl())
                .withAccessToken(new ClientCredentials().token(g.apiUrl(), g.clientId(), g.clientSecret()))
                .withShouldThrowErrors(true).build();
    }

    @Test
    void listingsCarryTheirPagingUrisAndMemberListingsHaveNoTotal() throws Exception {
        RoutingApi routing = new RoutingApi(client);
        QueueEntityListing first = routing.getRoutingQueues(GetRoutingQueuesRequest.builder().withPageSize(2).build());
        assertThat(first.getEntities()).extracting(Queue::getName).containsExactly("Billing", "Sales");
        assertThat(first.getTotal()).isEqualTo(3L);
        assertThat(first.getPageCount()).isEqualTo(2);
        assertThat(first.getFirstUri()).isEqualTo("/api/v2/routing/queues?pageSize=2&pageNumber=1");
        assertThat(first.getSelfUri()).isEqualTo(first.getFirstUri());
        assertThat(first.getNextUri()).isEqualTo("/api/v2/routing/queues?pageSize=2&pageNumber=2");
        assertThat(first.getLastUri()).isEqualTo(first.getNextUri());
        assertThat(first.getPreviousUri()).isNull();

        String support = routing.getRoutingQueues(GetRoutingQueuesRequest.builder().withName("Supp*").build())
                .getEntities().get(0).getId();
        QueueMemberEntityListing members = routing.getRoutingQueueMembers(GetRoutingQueueMembersRequest.builder()
                .withQueueId(support).withPageSize(2).build());
        assertThat(members.getEntities()).extracting(QueueMember::getName).containsExactly("Avery Agent", "Blake Supervisor");
        assertThat(members.getNextUri()).endsWith("pageSize=2&pageNumber=2");
        assertThat(routing.getRoutingQueueMembers(GetRoutingQueueMembersRequest.builder().withQueueId(support)
                .withPageSize(2).withPageNumber(2).build()).getEntities()).isEmpty();
        JsonNode raw = raw("GET", "/api/v2/routing/queues/" + support + "/members", null).body;
        assertThat(raw.has("total")).isFalse();
        assertThat(raw.has("pageCount")).isFalse();
    }

    @Test
    void usersAreFoundBySearchNotByAListNameFilter() throws Exception {
        UsersApi users = new UsersApi(client);
        UsersSearchResponse found = users.postUsersSearch(new UserSearchRequest().query(List.of(new UserSearchCriteria()
                .type(UserSearchCriteria.TypeEnum.EXACT).fields(List.of("email")).value(access.genesys().email()))));
        assertThat(found.getResults()).extracting(User::getName).containsExactly("Sandbox Admin");
        assertThat(found.getTotal()).isEqualTo(1L);
        assertThat(raw("GET", "/api/v2/users?name=Sandbox%20Admin", null).body.path("total").asInt())
                .as("GET /api/v2/users ignores name").isEqualTo(3);
    }

    @Test
    void flowsAnswerUpperCaseTypesACheckinOperationAndA202Publish() throws Exception {
        ArchitectApi architect = new ArchitectApi(client);
        Flow care = architect.getFlows(GetFlowsRequest.builder().withType(List.of("inboundshortmessage")).build())
                .getEntities().get(0);
        assertThat(care.getType()).isEqualTo(Flow.TypeEnum.INBOUNDSHORTMESSAGE);
        assertThat(raw("GET", "/api/v2/flows/" + care.getId(), null).body.path("type").asText()).isEqualTo("INBOUNDSHORTMESSAGE");

        Flow created = architect.postFlows(new Flow().name("SDK Flow").type(Flow.TypeEnum.INBOUNDSHORTMESSAGE), null);
        Operation checkin = architect.postFlowsActionsCheckin(created.getId());
        assertThat(checkin.getActionName()).isEqualTo(Operation.ActionNameEnum.CHECKIN);
        assertThat(checkin.getActionStatus()).isEqualTo(Operation.ActionStatusEnum.STARTED);
        assertThat(checkin.getClient()).isNotNull();

        ApiResponse<Operation> publish = architect.postFlowsActionsPublishWithHttpInfo(care.getId(), null);
        assertThat(publish.getStatusCode()).isEqualTo(202);
        assertThat(publish.getBody()).isNull();
        Flow published = new ArchitectFlows(architect, ListWaits.DEFAULTS).waitUntilPublished(care.getId(), Duration.ofSeconds(10));
        assertThat(published.getCurrentOperation().getActionStatus()).isEqualTo(Operation.ActionStatusEnum.SUCCESS);
        assertThat(published.getCurrentOperation().getActionName()).isEqualTo(Operation.ActionNameEnum.PUBLISH);
        architect.deleteFlow(created.getId());
    }

    @Test
    void anArchyImportJobPublishesAFlowWhoseQueueDependencyTrackingReports() throws Exception {
        ArchitectApi architect = new ArchitectApi(client);
        RegisterArchitectJobResponse job = architect.postFlowsJobs();
        assertThat(job.getPresignedUrl()).doesNotContain("/api/v2/").contains("X-Amz-Signature=");
        assertThat(job.getHeaders()).isNotEmpty();
        assertThat(architect.getFlowsJob(job.getId(), null).getStatus()).isEqualTo(ArchitectJobStateResponse.StatusEnum.REGISTERED);
        String yaml = ArchyDocument.inboundMessageFlow("SDK Imported", "imported", "Sales");
        new PresignedUpload().put(job.getPresignedUrl(), job.getHeaders(), yaml);
        assertThatThrownBy(() -> new PresignedUpload().put(job.getPresignedUrl(), job.getHeaders(), yaml))
                .extracting(e -> ((GenesysApiException) e).status()).isEqualTo(403);

        ArchitectJobStateResponse done = io.omharness.poll.Poll.until("job done", Duration.ofSeconds(10), Duration.ofMillis(100),
                () -> Optional.of(call(() -> architect.getFlowsJob(job.getId(), List.of("messages"))))
                        .filter(s -> s.getStatus() != ArchitectJobStateResponse.StatusEnum.STARTED));
        assertThat(done.getStatus()).isEqualTo(ArchitectJobStateResponse.StatusEnum.SUCCESS);
        assertThat(done.getCommand()).isEqualTo(ArchitectJobStateResponse.CommandEnum.PUBLISH);
        Flow flow = architect.getFlow(done.getFlow().getId(), false);
        assertThat(flow.getPublishedVersion().getId()).isEqualTo("1.0");
        ConsumedResourcesEntityListing consumed = architect.getArchitectDependencytrackingConsumedresources(
                flow.getId(), "1.0", "INBOUNDSHORTMESSAGEFLOW", null, 1, 25);
        assertThat(consumed.getEntities()).extracting(Dependency::getType, Dependency::getName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Dependency.TypeEnum.QUEUE, "Sales"));
        assertThat(raw("PUT", job.getPresignedUrl().replace(access.genesys().apiUrl(), ""), "x").status)
                .as("the upload path is not part of the API").isEqualTo(403);
        architect.deleteFlow(flow.getId());
    }

    @Test
    void openMessagingCreateAnswers202WithSupportedContent() throws Exception {
        ConversationsApi conversations = new ConversationsApi(client);
        ApiResponse<OpenIntegration> created = conversations.postConversationsMessagingIntegrationsOpen(
                com.mypurecloud.sdk.v2.api.request.PostConversationsMessagingIntegrationsOpenRequest.builder()
                        .withBody(new OpenIntegrationRequest().name("SDK Open").outboundNotificationWebhookUrl("https://whatever.com")
                                .outboundNotificationWebhookSignatureSecretToken("a-secret-longer-than-15")).build().withHttpInfo());
        assertThat(created.getStatusCode()).isEqualTo(202);
        OpenIntegration integration = created.getBody();
        assertThat(integration.getCreateStatus()).isEqualTo(OpenIntegration.CreateStatusEnum.INITIATED);
        assertThat(integration.getSupportedContent().getName()).isEqualTo("Default Supported Content Profile");
        assertThat(integration.getWebhookHeaders()).isEmpty();
        assertThat(integration.getCreatedBy()).isNotNull();
        assertThat(integration.getOutboundNotificationWebhookSignatureSecretToken()).isNull();
        JsonNode listed = raw("GET", "/api/v2/conversations/messaging/integrations/open", null).body.path("entities").get(0);
        assertThat(listed.has("messagingSetting")).isTrue();
        Recipient recipient = new RoutingApi(client).getRoutingMessageRecipients(GetRoutingMessageRecipientsRequest.builder()
                .withMessengerType("open").build()).getEntities().get(0);
        assertThat(recipient.getFlow().getName()).isEqualTo("Customer Care Messaging");
        conversations.deleteConversationsMessagingIntegrationsOpenIntegrationId(integration.getId());
    }

    @Test
    void errorsCarryTheWholeErrorBody() {
        RoutingApi routing = new RoutingApi(client);
        ApiException missing = catchApi(() -> routing.getRoutingQueue("no-such-queue"));
        ErrorBody body = errorBody(missing);
        assertThat(body.getStatus()).isEqualTo(404);
        assertThat(body.getCode()).isEqualTo("not.found");
        assertThat(body.getEntityId()).isEqualTo("no-such-queue");
        assertThat(body.getMessageWithParams()).contains("{id}");
        assertThat(body.getMessageParams()).containsEntry("id", "no-such-queue");
        assertThat(body.getContextId()).isNotBlank();
        assertThat(body.getDetails()).isEmpty();
        assertThat(body.getErrors()).isEmpty();
    }

    @Test
    void rateLimitsAnswerTheRealCodesAndAPerTokenBudget() {
        OrgAccess limited = control.createTenant(TenantOptions.defaults().orgName("sdk-budget-org").requestsPerMinute(2));
        RoutingApi routing = new RoutingApi(sdk(limited));
        call(() -> routing.getRoutingQueues(GetRoutingQueuesRequest.builder().build()));
        call(() -> routing.getRoutingQueues(GetRoutingQueuesRequest.builder().build()));
        ApiException spent = catchApi(() -> routing.getRoutingQueues(GetRoutingQueuesRequest.builder().build()));
        assertThat(spent.getStatusCode()).isEqualTo(429);
        assertThat(errorBody(spent).getCode()).isEqualTo("too.many.requests");
        assertThat(errorBody(spent).getMessage()).isEqualTo("Rate limit exceeded the maximum [2] requests within [60] seconds");
        assertThat(Integer.parseInt(spent.getHeaders().get("Retry-After"))).isBetween(1, 60);

        control.change(limited.sandboxTenantId().orElseThrow(), TenantOptions.defaults().requestsPerMinute(0).transientErrorRate(0.5));
        RoutingApi bursty = new RoutingApi(sdk(limited));
        ApiException burst = io.omharness.poll.Poll.until("a throttled burst", Duration.ofSeconds(10), Duration.ofMillis(10),
                () -> {
                    ApiException e = catchApiOrNull(() -> bursty.getRoutingQueues(GetRoutingQueuesRequest.builder().build()));
                    return Optional.ofNullable(e).filter(x -> x.getStatusCode() == 429);
                });
        assertThat(errorBody(burst).getCode()).isEqualTo("too.many.requests.retry.after");
        assertThat(errorBody(burst).getMessageParams()).containsEntry("retryAfter", "1");
        assertThat(burst.getHeaders().get("Retry-After")).isEqualTo("1");
    }

    @Test
    void badClientCredentialsAnswerTheLoginServicesErrorShape() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(access.genesys().apiUrl() + "/oauth/token"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString(
                        (access.genesys().clientId() + ":wrong").getBytes()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode body = JSON.readTree(response.body());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(body.path("error").asText()).isEqualTo("invalid_client");
        assertThat(body.path("description").asText()).isNotBlank().isEqualTo(body.path("error_description").asText());
    }

    // helpers

    private record Raw(int status, JsonNode body) {
    }

    private static Raw raw(String method, String path, String text) throws Exception {
        String token = new ClientCredentials().token(access.genesys().apiUrl(), access.genesys().clientId(), access.genesys().clientSecret());
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(access.genesys().apiUrl() + path))
                .header("Authorization", "Bearer " + token).method(method, text == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(text)).build(), HttpResponse.BodyHandlers.ofString());
        return new Raw(response.statusCode(), response.body().isBlank() || !response.body().startsWith("{")
                ? JSON.createObjectNode() : JSON.readTree(response.body()));
    }

    private static ErrorBody errorBody(ApiException e) {
        try {
            return client.getObjectMapper().readValue(e.getRawBody(), ErrorBody.class);
        } catch (java.io.IOException io) {
            throw new AssertionError("not an ErrorBody: " + e.getRawBody(), io);
        }
    }

    @FunctionalInterface
    private interface SdkCall<T> {
        T call() throws Exception;
    }

    private static <T> T call(SdkCall<T> call) {
        try {
            return call.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ApiException catchApi(SdkCall<?> call) {
        ApiException e = catchApiOrNull(call);
        if (e == null) {
            throw new AssertionError("expected an ApiException");
        }
        return e;
    }

    private static ApiException catchApiOrNull(SdkCall<?> call) {
        try {
            call.call();
            return null;
        } catch (ApiException e) {
            return e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
