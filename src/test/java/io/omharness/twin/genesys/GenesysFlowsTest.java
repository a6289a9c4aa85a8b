package io.omharness.twin.genesys;

import io.omharness.twin.genesys.org.GenesysOrg;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.omharness.poll.Poll;
import io.omharness.twin.genesys.model.Caller;
import io.omharness.twin.genesys.model.Flow;
import io.omharness.twin.genesys.model.FlowValidation;
import io.omharness.twin.genesys.model.Flows;
import io.omharness.twin.genesys.model.GenesysError;
import io.omharness.twin.genesys.model.Queue;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GenesysFlowsTest {
    private static final String MESSAGE = "inboundshortmessage";
    private final GenesysOrg org = TestOrgs.org();
    private final Caller admin = Caller.user(org.admin());
    private final Caller other = Caller.user(org.users().search(java.util.List.of(
            new io.omharness.twin.genesys.model.Users.Criterion("EXACT", java.util.List.of("name"), "Avery Agent"))).get(0));

    @Test
    void seedsPublishedCustomerFlows() {
        Flow.FlowJson care = org.flows().list(Set.of(MESSAGE), "Customer Care Messaging").get(0);
        assertThat(care.publishedVersion()).isNotNull();
        assertThat(care.locked()).isFalse();
        assertThat(org.flows().list(Set.of("inboundcall"), null)).extracting(Flow.FlowJson::name).containsExactly("Main IVR");
    }

    @Test
    void namesAreRequiredAtMost200CharactersAndUniquePerType() {
        assertThat(org.flows().create("x".repeat(200), MESSAGE, null, admin).name()).hasSize(200);
        assertThatThrownBy(() -> org.flows().create("y".repeat(201), MESSAGE, null, admin))
                .isInstanceOf(GenesysError.class).hasMessageContaining("200");
        org.flows().create("OMH Flow", MESSAGE, "d", admin);
        assertThatThrownBy(() -> org.flows().create("omh flow", MESSAGE, null, admin))
                .isInstanceOf(GenesysError.class).hasMessage("A flow with the name 'omh flow' already exists.")
                .extracting(e -> ((GenesysError) e).code()).isEqualTo("conflict");
        assertThat(org.flows().create("OMH Flow", "inboundcall", null, admin).type()).isEqualTo("INBOUNDCALL");
        assertThatThrownBy(() -> org.flows().create("", MESSAGE, null, admin)).isInstanceOf(GenesysError.class);
        assertThatThrownBy(() -> org.flows().create("Z", "nonsense", null, admin)).isInstanceOf(GenesysError.class);
    }

    @Test
    void anotherCallersLockIsAConflictUntilCheckInOrUnlock() {
        String id = org.flows().create("OMH Locked", MESSAGE, null, admin).id();
        assertThat(org.flows().get(id).lockedUser().name()).isEqualTo("Sandbox Admin");
        assertThat(org.flows().checkout(id, admin).locked()).isTrue();
        assertThatThrownBy(() -> org.flows().checkout(id, other)).isInstanceOf(GenesysError.class)
                .hasMessageContaining("locked by Sandbox Admin").extracting(e -> ((GenesysError) e).status()).isEqualTo(409);
        assertThatThrownBy(() -> org.flows().saveVersion(id, withTransfer(id, null), other)).isInstanceOf(GenesysError.class);
        assertThat(org.flows().checkin(id, admin)).satisfies(op -> {
            assertThat(op.actionName()).isEqualTo("CHECKIN");
            assertThat(op.actionStatus()).isEqualTo("STARTED");
        });
        assertThat(org.flows().get(id).locked()).isFalse();
        assertThatThrownBy(() -> org.flows().saveVersion(id, withTransfer(id, null), other))
                .hasMessageContaining("checked out");
        org.flows().checkout(id, other);
        assertThat(org.flows().unlock(id).locked()).isFalse();
        assertThat(org.flows().checkout(id, org.clientCaller()).lockedClient()).isNotNull();
    }

    @Test
    void validationReportsAMissingOrUnknownQueueAndAnEmptyState() {
        String id = org.flows().create("OMH Validate", MESSAGE, null, admin).id();
        assertThat(org.flows().validate(id).warnings()).extracting(FlowValidation.Issue::message)
                .containsExactly("The Initial State has no actions.");
        org.flows().saveVersion(id, withTransfer(id, null), admin);
        assertThat(org.flows().validate(id).errorMessages()).containsExactly("Transfer to ACD: a queue is required.");
        assertThatThrownBy(() -> org.flows().publish(id, admin)).isInstanceOf(GenesysError.class)
                .satisfies(e -> {
                    GenesysError error = (GenesysError) e;
                    assertThat(error.code()).isEqualTo("flow.validation.failed");
                    assertThat(error.details()).containsExactly("Transfer to ACD: a queue is required.");
                });
        ObjectNode unknown = org.flows().latestConfiguration(id);
        ((ObjectNode) unknown.withObject("/initialState").withArray("actions").get(0)).putObject("queue")
                .put("id", "gone").put("name", "Gone");
        org.flows().saveVersion(id, unknown, admin);
        assertThat(org.flows().validate(id).errorMessages()).containsExactly("Transfer to ACD: the queue 'Gone' does not exist.");
    }

    @Test
    void publishesAsynchronouslyAndChecksTheFlowIn() {
        Queue.QueueJson queue = org.queues().create("OMH Publish Queue", null);
        String id = org.flows().create("OMH Publish", MESSAGE, null, admin).id();
        assertThat(org.flows().saveVersion(id, withTransfer(id, queue), admin).id()).isEqualTo("2.0");
        org.flows().publish(id, admin);
        Flow.FlowJson running = org.flows().get(id);
        assertThat(running.currentOperation().actionName()).isEqualTo("PUBLISH");
        assertThat(running.currentOperation().actionStatus()).isEqualTo("STARTED");
        assertThat(running.publishedVersion()).isNull();
        assertThatThrownBy(() -> org.flows().publish(id, admin)).isInstanceOf(GenesysError.class);

        Flow.FlowJson published = Poll.until("flow published", Duration.ofSeconds(5), Duration.ofMillis(20),
                () -> java.util.Optional.of(org.flows().get(id)).filter(f -> f.publishedVersion() != null));
        assertThat(published.publishedVersion().id()).isEqualTo("2.0");
        assertThat(published.currentOperation().actionStatus()).isEqualTo("SUCCESS");
        assertThat(published.locked()).isFalse();
        assertThat(published.publishedBy().name()).isEqualTo("Sandbox Admin");
        assertThat(org.flows().latestConfiguration(id).at("/initialState/actions/0/queue/name").asText())
                .isEqualTo("OMH Publish Queue");
    }

    @Test
    void aFlowInUseByAMessageRouteCannotBeDeleted() {
        String care = org.flows().list(Set.of(MESSAGE), "Customer Care Messaging").get(0).id();
        assertThatThrownBy(() -> org.deleteFlow(care, admin)).isInstanceOf(GenesysError.class)
                .hasMessageContaining("Customer Web Chat");
        String id = org.flows().create("OMH Delete", MESSAGE, null, admin).id();
        assertThatThrownBy(() -> org.deleteFlow(id, other)).isInstanceOf(GenesysError.class);
        org.deleteFlow(id, admin);
        assertThat(org.flows().find(id)).isEmpty();
    }

    private ObjectNode withTransfer(String flowId, Queue.QueueJson queue) {
        ObjectNode config = org.flows().latestConfiguration(flowId);
        ObjectNode action = config.withObject("/initialState").withArray("actions").addObject()
                .put("type", "transferToAcd").put("name", "Transfer to ACD").put("priority", 0);
        if (queue == null) {
            action.putNull("queue");
        } else {
            action.putObject("queue").put("id", queue.id()).put("name", queue.name());
        }
        return config;
    }

    @Test
    void emptyConfigurationHasAnInitialStateWithoutActions() {
        assertThat(Flows.emptyConfiguration("n", MESSAGE).at("/initialState/name").asText()).isEqualTo("Initial State");
    }
}
