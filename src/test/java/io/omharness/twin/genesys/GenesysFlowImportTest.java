package io.omharness.twin.genesys;

import io.omharness.twin.genesys.org.GenesysOrg;

import io.omharness.poll.Poll;
import io.omharness.twin.genesys.model.ArchyFlow;
import io.omharness.twin.genesys.model.Caller;
import io.omharness.twin.genesys.model.Flow;
import io.omharness.twin.genesys.model.FlowJobs;
import io.omharness.twin.genesys.model.GenesysError;
import io.omharness.twin.genesys.model.Queue;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Archy imports through the flow jobs and what dependency tracking then reports. */
class GenesysFlowImportTest {
    private final GenesysOrg org = TestOrgs.org();
    private final Caller client = org.clientCaller();

    static String document(String flow, String queue) {
        return """
                inboundShortMessage:
                  name: "%s"
                  division: Home
                  startUpRef: "/inboundShortMessage/states/state[Initial State_10]"
                  defaultLanguage: en-us
                  states:
                    - state:
                        name: Initial State
                        refId: Initial State_10
                        actions:
                          - transferToAcd:
                              name: Transfer to ACD
                              targetQueue:
                                lit:
                                  name: "%s"
                              priority:
                                lit: 3
                          - disconnect:
                              name: Disconnect
                """.formatted(flow, queue);
    }

    @Test
    void parsesTheTransferOfTheStartUpState() {
        ArchyFlow flow = ArchyFlow.parse(document("OMH Parsed", "Support"));
        assertThat(flow.type()).isEqualTo("inboundshortmessage");
        assertThat(flow.name()).isEqualTo("OMH Parsed");
        assertThat(flow.transfers()).containsExactly(new ArchyFlow.Transfer("Transfer to ACD", "Support", 3));
        assertThatThrownBy(() -> ArchyFlow.parse("inboundShortMessage: [unclosed")).hasMessageStartingWith("The flow document is not valid YAML");
        assertThatThrownBy(() -> ArchyFlow.parse("rocketShip:\n  name: x\n")).hasMessageContaining("not an Architect flow type");
        assertThatThrownBy(() -> ArchyFlow.parse(document("OMH Parsed", "Support").replace("Initial State_10]", "Elsewhere]")))
                .hasMessageContaining("names no state");
    }

    @Test
    void anImportCreatesAndPublishesTheFlowAndDependencyTrackingReportsItsQueue() {
        Queue.QueueJson queue = org.queues().create("OMH Import Queue", null);
        FlowJobs.Registration job = org.flowJobs().register(client);
        assertThat(org.flowJobs().get(job.id(), true).status()).isEqualTo("Registered");
        assertThat(org.flowJobs().upload(job.id(), "forged", document("OMH Imported", queue.name()))).isFalse();
        assertThat(org.flowJobs().upload(job.id(), job.signature(), document("OMH Imported", queue.name()))).isTrue();
        assertThat(org.flowJobs().upload(job.id(), job.signature(), document("OMH Again", queue.name())))
                .as("the presigned upload is good for one PUT").isFalse();

        FlowJobs.JobJson done = finished(job.id());
        assertThat(done.status()).isEqualTo("Success");
        Flow.FlowJson flow = org.flows().get(done.flow().id());
        assertThat(flow.type()).isEqualTo("INBOUNDSHORTMESSAGE");
        assertThat(flow.publishedVersion().id()).isEqualTo("1.0");
        assertThat(flow.locked()).isFalse();
        assertThat(org.flows().consumedResources(flow.id(), "1.0", "INBOUNDSHORTMESSAGEFLOW"))
                .extracting(Flow.DependencyJson::type, Flow.DependencyJson::id, Flow.DependencyJson::name)
                .containsExactly(tuple("QUEUE", queue.id(), "OMH Import Queue"));
        assertThatThrownBy(() -> org.flows().consumedResources(flow.id(), "1.0", "INBOUNDCALLFLOW"))
                .isInstanceOf(GenesysError.class);

        FlowJobs.Registration update = org.flowJobs().register(client);
        org.flowJobs().upload(update.id(), update.signature(), document("OMH Imported", "Support"));
        assertThat(finished(update.id()).flow().id()).as("a second import updates the flow of that name").isEqualTo(flow.id());
        assertThat(org.flows().consumedResources(flow.id(), "2.0", "INBOUNDSHORTMESSAGEFLOW"))
                .extracting(Flow.DependencyJson::name).containsExactly("Support");
        assertThat(org.flows().list(Set.of("inboundshortmessage"), "OMH Imported")).hasSize(1);
    }

    @Test
    void anImportNamingAnUnknownQueueFailsWithArchysMessage() {
        FlowJobs.Registration job = org.flowJobs().register(client);
        org.flowJobs().upload(job.id(), job.signature(), document("OMH Broken", "No Such Queue"));
        FlowJobs.JobJson failed = finished(job.id());
        assertThat(failed.status()).isEqualTo("Failure");
        assertThat(failed.flow()).isNull();
        assertThat(failed.messages()).extracting(FlowJobs.Message::type, FlowJobs.Message::text)
                .containsExactly(tuple("Error",
                        "Transfer to ACD: unable to find a queue named 'No Such Queue'."));
        assertThat(org.flowJobs().get(job.id(), false).messages()).isNull();
        assertThat(org.flows().list(Set.of("inboundshortmessage"), "OMH Broken")).isEmpty();
    }

    @Test
    void theArchitectEditorsPublishIsWhatDependencyTrackingReports() {
        Caller admin = Caller.user(org.admin());
        String id = org.flows().create("OMH Editor", "inboundshortmessage", null, admin).id();
        var config = org.flows().latestConfiguration(id);
        config.withObject("/initialState").withArray("actions").addObject().put("type", "transferToAcd")
                .put("name", "Transfer to ACD").putObject("queue").put("id", org.queues().list("Sales").get(0).id())
                .put("name", "Sales");
        org.flows().saveVersion(id, config, admin);
        assertThat(org.flows().consumedResources(id, "2.0", "INBOUNDSHORTMESSAGEFLOW")).as("not published yet").isEmpty();
        org.flows().publish(id, admin);
        Poll.until("published", Duration.ofSeconds(5), Duration.ofMillis(20),
                () -> Optional.ofNullable(org.flows().get(id).publishedVersion()));
        assertThat(org.flows().consumedResources(id, "2.0", "INBOUNDSHORTMESSAGEFLOW"))
                .extracting(Flow.DependencyJson::name).containsExactly("Sales");
    }

    private FlowJobs.JobJson finished(String jobId) {
        return Poll.until("job " + jobId + " finished", Duration.ofSeconds(5), Duration.ofMillis(20),
                () -> Optional.of(org.flowJobs().get(jobId, true)).filter(j -> !"Started".equals(j.status())));
    }
}
