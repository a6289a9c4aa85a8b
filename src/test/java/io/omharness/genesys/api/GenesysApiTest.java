package io.omharness.genesys.api;

import com.mypurecloud.sdk.v2.api.RoutingApi;
import com.mypurecloud.sdk.v2.api.request.GetRoutingQueuesRequest;
import com.mypurecloud.sdk.v2.model.Flow;
import com.mypurecloud.sdk.v2.model.OpenIntegration;
import com.mypurecloud.sdk.v2.model.Queue;
import com.mypurecloud.sdk.v2.model.User;
import io.omharness.control.TenantOptions;
import io.omharness.control.TwinControl;
import io.omharness.target.OrgAccess;
import io.omharness.twin.SandboxServer;
import io.omharness.twin.core.TenantSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** GenesysApi, the harness's client, end to end against the twin: arrange, verify, tear down. */
class GenesysApiTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final ListWaits WAITS = new ListWaits(WAIT, Duration.ofSeconds(3), Duration.ofMillis(100));
    private static SandboxServer server;
    private static TwinControl control;
    private static OrgAccess access;

    @BeforeAll
    static void start() {
        server = SandboxServer.start(12L, 0, () -> {
            TenantSettings settings = new TenantSettings();
            settings.publishDuration = Duration.ofMillis(300);
            settings.integrationCreateDuration = Duration.ofMillis(300);
            return settings;
        });
        control = new TwinControl(server.urls().genesys());
        access = control.createTenant(TenantOptions.defaults().orgName("api-org"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void buildsTheGuidesObjectsVerifiesThemAndRemovesOnlyThem() {
        GenesysApi api = new GenesysApi(access.genesys(), WAITS);
        User admin = api.findUser(access.genesys().email()).orElseThrow();
        assertThat(api.findUser("Sandbox Admin")).map(User::getId).contains(admin.getId());

        Queue queue = api.createQueue("OMH-T Queue");
        api.addMember(queue.getId(), admin.getId());
        assertThat(api.awaitMember(queue.getId(), "Sandbox Admin")).containsExactly("Sandbox Admin");
        assertThat(api.findQueue("omh-t queue")).map(Queue::getId).contains(queue.getId());

        String flowId = api.flows().importInboundMessageFlow("OMH-T Flow", "to the queue", queue.getName(), WAIT);
        Flow published = api.flows().waitUntilPublished(flowId, WAIT);
        assertThat(api.flows().queuesOfPublishedVersion(published)).containsExactly("OMH-T Queue");
        assertThat(api.flows().await("OMH-T Flow").getId()).isEqualTo(flowId);

        OpenIntegration integration = api.messaging().create("OMH-T Open", "https://whatever.com", "a-secret-longer-than-15");
        assertThat(integration.getCreateStatus()).isEqualTo(OpenIntegration.CreateStatusEnum.INITIATED);
        String recipientId = api.messaging().waitUntilCreated(integration.getId(), WAIT).getRecipient().getId();
        assertThat(api.recipient(recipientId).getFlow()).isNull();
        api.messaging().routeRecipientToFlow(recipientId, flowId);
        assertThat(api.recipient(recipientId).getFlow().getName()).isEqualTo("OMH-T Flow");
        assertThat(api.findOpenMessaging("OMH-T Open")).isPresent();

        assertThat(api.deleteAllNamedWithPrefix("OMH-T")).isEqualTo(3);
        assertThat(api.listAllQueues()).extracting(Queue::getName).doesNotContain("OMH-T Queue");
        assertThat(api.listAllInboundMessageFlows()).extracting(Flow::getName).containsExactly("Customer Care Messaging");
        assertThat(api.listAllOpenMessaging()).extracting(OpenIntegration::getName).containsExactly("Customer Web Chat");
        assertThat(api.messaging().listAllRecipients()).hasSize(1);
        assertThat(customerObjectsIntact()).isTrue();
    }

    @Test
    void failuresCarryTheApisMessageButNeverTheSecret() {
        GenesysApi api = new GenesysApi(access.genesys(), WAITS);
        assertThatThrownBy(() -> api.messaging().create("OMH-F Open", "https://whatever.com", "short-secret"))
                .isInstanceOf(GenesysApiException.class)
                .hasMessageContaining("must be longer than 15 characters").hasMessageNotContaining("short-secret");
        assertThatThrownBy(() -> api.messaging().create("OMH-F Open", "https://whatever.com:8443", "a-secret-longer-than-15"))
                .hasMessageContaining("must not use a custom port");
        assertThatThrownBy(() -> api.flows().importInboundMessageFlow("OMH-F Flow", null, "Gone", WAIT))
                .isInstanceOf(GenesysApiException.class)
                .hasMessage("Importing flow 'OMH-F Flow' failed: Transfer to ACD: unable to find a queue named 'Gone'.");
        assertThat(api.findInboundMessageFlow("OMH-F Flow")).isEmpty();
        assertThat(customerObjectsIntact()).isTrue();
    }

    @Test
    void withListsLaggingAReadRightAfterCreateMissesTheQueueButTheHarnessFindsIt() throws Exception {
        OrgAccess lagging = control.createTenant(TenantOptions.defaults().orgName("lag-org").consistencyLag(Duration.ofSeconds(2)));
        GenesysApi api = new GenesysApi(lagging.genesys(), WAITS);
        RoutingApi sdk = new RoutingApi(GenesysSdkTest.sdk(lagging));
        Queue queue = api.createQueue("OMH-L Queue");

        assertThat(sdk.getRoutingQueues(GetRoutingQueuesRequest.builder().withName("OMH-L Queue").build()).getEntities())
                .as("a list read right after the create").isEmpty();
        assertThat(sdk.getRoutingQueue(queue.getId()).getName()).as("GET by id is immediate").isEqualTo("OMH-L Queue");
        assertThat(api.findQueue("OMH-L Queue")).map(Queue::getId).contains(queue.getId());

        api.deleteQueue(queue.getId());
        assertThat(sdk.getRoutingQueues(GetRoutingQueuesRequest.builder().withName("OMH-L Queue").build()).getEntities())
                .as("a deleted queue still listed").hasSize(1);
        api.deleteQueue(queue.getId());
        api.awaitQueueGone("OMH-L Queue");
        assertThat(api.findQueue("OMH-L Queue")).isEmpty();
        assertThat(control.customerObjects(lagging.sandboxTenantId().orElseThrow()).intact()).isTrue();
    }

    @Test
    void sdkRetriesRideOverRateLimits() {
        var tenant = control.createTenant(TenantOptions.defaults().orgName("sdk-retry-org"));
        GenesysApi api = new GenesysApi(tenant.genesys(), WAITS);
        control.change(tenant.sandboxTenantId().orElseThrow(), TenantOptions.defaults().transientErrorRate(0.5));
        for (int i = 0; i < 3; i++) {
            assertThat(api.findQueue("Support")).isPresent();
        }
    }

    private static boolean customerObjectsIntact() {
        return control.customerObjects(access.sandboxTenantId().orElseThrow()).intact();
    }
}
