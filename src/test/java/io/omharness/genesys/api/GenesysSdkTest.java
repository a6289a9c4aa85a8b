package io.omharness.genesys.api;

import com.mypurecloud.sdk.v2.ApiClient;
import com.mypurecloud.sdk.v2.ApiException;
import com.mypurecloud.sdk.v2.api.ArchitectApi;
import com.mypurecloud.sdk.v2.api.ConversationsApi;
import com.mypurecloud.sdk.v2.api.RoutingApi;
import com.mypurecloud.sdk.v2.api.request.GetFlowsRequest;
import com.mypurecloud.sdk.v2.api.request.GetRoutingMessageRecipientsRequest;
import com.mypurecloud.sdk.v2.api.request.GetRoutingQueuesRequest;
import com.mypurecloud.sdk.v2.model.CreateQueueRequest;
import com.mypurecloud.sdk.v2.model.Flow;
import com.mypurecloud.sdk.v2.model.OpenIntegration;
import com.mypurecloud.sdk.v2.model.Queue;
import com.mypurecloud.sdk.v2.model.Recipient;
import com.mypurecloud.sdk.v2.model.User;
import io.omharness.control.TenantOptions;
import io.omharness.control.TwinControl;
import io.omharness.fixture.TwinFixture;
import io.omharness.target.OrgAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The twin read by the official SDK 198.1.0, and GenesysApi end to end against it. */
class GenesysSdkTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static TwinFixture twin;
    private static TwinControl control;
    private static OrgAccess access;

    @BeforeAll
    static void start() {
        twin = TwinFixture.withoutBrowser(11L, TenantOptions.defaults().orgName("sdk-org")
                .publishDuration(Duration.ofMillis(300)).integrationCreateDuration(Duration.ofMillis(300)));
        control = twin.control();
        access = twin.access();
    }

    @AfterAll
    static void stop() {
        twin.close();
    }

    @Test
    void theSdkReadsAndWritesTheTwinsShapes() throws Exception {
        ApiClient client = ApiClient.Builder.standard().withBasePath(access.genesys().apiUrl())
                .withAccessToken(new ClientCredentials().token(access.genesys().apiUrl(), access.genesys().clientId(),
                        access.genesys().clientSecret()))
                .withShouldThrowErrors(true).build();
        RoutingApi routing = new RoutingApi(client);
        ArchitectApi architect = new ArchitectApi(client);
        ConversationsApi conversations = new ConversationsApi(client);

        List<Queue> queues = routing.getRoutingQueues(GetRoutingQueuesRequest.builder().build()).getEntities();
        assertThat(queues).extracting(Queue::getName).containsExactly("Billing", "Sales", "Support");
        assertThat(queues.get(2).getMemberCount()).isEqualTo(2);
        assertThat(queues.get(0).getDateCreated()).isNotNull();
        Queue created = routing.postRoutingQueues(new CreateQueueRequest().name("SDK Queue"));
        assertThat(routing.getRoutingQueue(created.getId()).getName()).isEqualTo("SDK Queue");

        Flow care = architect.getFlows(GetFlowsRequest.builder().withType(List.of("inboundshortmessage")).build())
                .getEntities().get(0);
        assertThat(care.getName()).isEqualTo("Customer Care Messaging");
        assertThat(care.getType()).isEqualTo(Flow.TypeEnum.INBOUNDSHORTMESSAGE);
        assertThat(care.getPublishedVersion().getId()).isEqualTo("1.0");

        OpenIntegration chat = conversations.getConversationsMessagingIntegrationsOpen(25, 1, null, null, null)
                .getEntities().get(0);
        assertThat(chat.getCreateStatus()).isEqualTo(OpenIntegration.CreateStatusEnum.COMPLETED);
        assertThat(chat.getOutboundNotificationWebhookSignatureSecretToken()).isNull();
        Recipient recipient = routing.getRoutingMessageRecipients(GetRoutingMessageRecipientsRequest.builder()
                .withMessengerType("open").build()).getEntities().get(0);
        assertThat(recipient.getId()).isEqualTo(chat.getRecipient().getId());
        assertThat(recipient.getFlow().getName()).isEqualTo("Customer Care Messaging");

        assertThatThrownBy(() -> routing.postRoutingQueues(new CreateQueueRequest().name("support")))
                .isInstanceOf(ApiException.class).extracting(e -> ((ApiException) e).getStatusCode()).isEqualTo(400);
        routing.deleteRoutingQueue(created.getId(), false);
    }

    @Test
    void genesysApiBuildsTheGuidesObjectsAndRemovesOnlyThem() {
        GenesysApi api = new GenesysApi(access.genesys());
        User admin = api.findUser(access.genesys().email()).orElseThrow();
        assertThat(api.findUser("Sandbox Admin")).map(User::getId).contains(admin.getId());

        Queue queue = api.createQueue("OMH-T Queue");
        api.addMember(queue.getId(), admin.getId());
        assertThat(api.memberNames(queue.getId())).containsExactly("Sandbox Admin");
        assertThat(api.findQueue("omh-t queue")).map(Queue::getId).contains(queue.getId());

        Flow flow = api.createInboundMessageFlow("OMH-T Flow");
        api.saveTransferToAcd(flow.getId(), queue.getId(), queue.getName());
        assertThat(api.transferTargetQueueName(flow.getId())).isEqualTo("OMH-T Queue");
        api.publish(flow.getId());
        Flow published = api.waitUntilPublished(flow.getId(), WAIT);
        assertThat(published.getPublishedVersion()).isNotNull();
        assertThat(api.findInboundMessageFlow("OMH-T Flow")).map(Flow::getId).contains(flow.getId());

        OpenIntegration integration = api.createOpenMessaging("OMH-T Open", "https://whatever.com", "a-secret-longer-than-15");
        assertThat(integration.getCreateStatus()).isEqualTo(OpenIntegration.CreateStatusEnum.INITIATED);
        OpenIntegration completed = api.waitUntilCreated(integration.getId(), WAIT);
        String recipientId = completed.getRecipient().getId();
        assertThat(api.recipient(recipientId).getFlow()).isNull();
        api.routeRecipientToFlow(recipientId, flow.getId());
        assertThat(api.recipient(recipientId).getFlow().getName()).isEqualTo("OMH-T Flow");
        assertThat(api.findOpenMessaging("OMH-T Open")).isPresent();

        assertThat(api.deleteAllNamedWithPrefix("OMH-T")).isEqualTo(3);
        assertThat(api.listAllQueues()).extracting(Queue::getName).doesNotContain("OMH-T Queue");
        assertThat(api.listAllInboundMessageFlows()).extracting(Flow::getName).containsExactly("Customer Care Messaging");
        assertThat(api.listAllOpenMessaging()).extracting(OpenIntegration::getName).containsExactly("Customer Web Chat");
        assertThat(api.listAllRecipients()).hasSize(1);
        assertThat(customerObjectsIntact()).isTrue();
    }

    @Test
    void failuresCarryTheApisMessageButNeverTheSecret() {
        GenesysApi api = new GenesysApi(access.genesys());
        assertThatThrownBy(() -> api.createOpenMessaging("OMH-F Open", "https://whatever.com", "short-secret"))
                .isInstanceOf(GenesysApiException.class)
                .hasMessageContaining("must be longer than 15 characters").hasMessageNotContaining("short-secret");
        assertThatThrownBy(() -> api.createOpenMessaging("OMH-F Open", "https://whatever.com:8443", "a-secret-longer-than-15"))
                .hasMessageContaining("must not use a custom port");

        Flow flow = api.createInboundMessageFlow("OMH-F Flow");
        api.saveTransferToAcd(flow.getId(), "no-such-queue", "Gone");
        assertThatThrownBy(() -> api.publish(flow.getId())).isInstanceOf(GenesysApiException.class)
                .hasMessageContaining("Transfer to ACD: the queue 'Gone' does not exist.")
                .extracting(e -> ((GenesysApiException) e).status()).isEqualTo(400);
        api.deleteAllNamedWithPrefix("OMH-F");
        assertThat(customerObjectsIntact()).isTrue();
    }

    @Test
    void sdkRetriesRideOverRateLimits() {
        var tenant = control.createTenant(TenantOptions.defaults().orgName("sdk-retry-org"));
        GenesysApi api = new GenesysApi(tenant.genesys());
        control.change(tenant.sandboxTenantId().orElseThrow(), TenantOptions.defaults().transientErrorRate(0.5));
        for (int i = 0; i < 3; i++) {
            assertThat(api.findQueue("Support")).isPresent();
        }
    }

    private static boolean customerObjectsIntact() {
        return control.customerObjects(access.sandboxTenantId().orElseThrow()).intact();
    }
}
