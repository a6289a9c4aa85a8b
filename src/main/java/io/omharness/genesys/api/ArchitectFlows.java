package io.omharness.genesys.api;

import com.mypurecloud.sdk.v2.api.ArchitectApi;
import com.mypurecloud.sdk.v2.api.request.GetFlowsRequest;
import com.mypurecloud.sdk.v2.model.ArchitectJobMessage;
import com.mypurecloud.sdk.v2.model.ArchitectJobStateResponse;
import com.mypurecloud.sdk.v2.model.Dependency;
import com.mypurecloud.sdk.v2.model.Flow;
import com.mypurecloud.sdk.v2.model.Operation;
import com.mypurecloud.sdk.v2.model.RegisterArchitectJobResponse;
import io.omharness.poll.Poll;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static io.omharness.genesys.api.SdkCalls.allPages;
import static io.omharness.genesys.api.SdkCalls.call;
import static io.omharness.genesys.api.SdkCalls.run;

/**
 * Architect Inbound Message flows the supported way: content arrives as an Archy YAML document through
 * the import job (as CX as Code does), and what a published flow transfers to is read from Architect
 * dependency tracking, never from Architect's internal configuration.
 */
public final class ArchitectFlows {
    public static final String INBOUND_MESSAGE = "inboundshortmessage";
    private static final String DEPENDENCY_TYPE = "INBOUNDSHORTMESSAGEFLOW";
    private static final Duration JOB_POLL = Duration.ofMillis(500);
    private static final Duration PUBLISH_POLL = Duration.ofMillis(250);
    private final ArchitectApi architect;
    private final ListWaits waits;
    private final PresignedUpload upload = new PresignedUpload();

    ArchitectFlows(ArchitectApi architect, ListWaits waits) {
        this.architect = architect;
        this.waits = waits;
    }

    /**
     * Imports and publishes an Inbound Message flow whose Initial State transfers to the queue: registers
     * an import job, uploads the Archy document to the job's presigned URL, then polls the job. Returns
     * the published flow's id; a failed job ends with its messages.
     */
    public String importInboundMessageFlow(String name, String description, String queueName, Duration timeout) {
        RegisterArchitectJobResponse job = call("Register a flow import job", architect::postFlowsJobs);
        upload.put(job.getPresignedUrl(), job.getHeaders(), ArchyDocument.inboundMessageFlow(name, description, queueName));
        ArchitectJobStateResponse done = Poll.until("flow import job " + job.getId() + " for '" + name + "'", timeout, JOB_POLL, () -> {
            ArchitectJobStateResponse state = call("Read flow import job " + job.getId(),
                    () -> architect.getFlowsJob(job.getId(), List.of("messages")));
            return state.getStatus() == ArchitectJobStateResponse.StatusEnum.SUCCESS
                    || state.getStatus() == ArchitectJobStateResponse.StatusEnum.FAILURE ? Optional.of(state) : Optional.empty();
        });
        if (done.getStatus() == ArchitectJobStateResponse.StatusEnum.FAILURE) {
            List<String> texts = done.getMessages() == null ? List.of()
                    : done.getMessages().stream().map(ArchitectJobMessage::getText).toList();
            throw new GenesysApiException("Importing flow '" + name + "' failed: " + String.join("; ", texts));
        }
        return done.getFlow().getId();
    }

    /** The Inbound Message flow of that name, if lists show it within the settle time. */
    public Optional<Flow> find(String name) {
        return waits.find("inbound message flow '" + name + "' in the list", () -> listed(name));
    }

    /** The Inbound Message flow of that name, waiting until lists show it. */
    public Flow await(String name) {
        return waits.await("inbound message flow '" + name + "' in the list", () -> listed(name));
    }

    private Optional<Flow> listed(String name) {
        return call("Find inbound message flow '" + name + "'", () -> architect.getFlows(GetFlowsRequest.builder()
                .withType(List.of(INBOUND_MESSAGE)).withName(name).withPageSize(100).build())).getEntities().stream()
                .filter(f -> name.equalsIgnoreCase(f.getName())).findFirst();
    }

    public List<Flow> listAll() {
        return allPages("List inbound message flows", n -> architect.getFlows(GetFlowsRequest.builder()
                .withType(List.of(INBOUND_MESSAGE)).withPageSize(100).withPageNumber(n).build()),
                l -> l.getEntities(), l -> l.getPageCount());
    }

    public Flow get(String flowId) {
        return call("Read flow " + flowId, () -> architect.getFlow(flowId, false));
    }

    /** Publishing answers 202 without a body: the flow's currentOperation tells when it is done. */
    public void publish(String flowId) {
        run("Publish flow " + flowId, () -> architect.postFlowsActionsPublish(flowId, null));
    }

    /** Waits until the publish has finished; a failed publish ends the wait with its message. */
    public Flow waitUntilPublished(String flowId, Duration timeout) {
        return Poll.until("flow " + flowId + " to be published", timeout, PUBLISH_POLL, () -> {
            Flow flow = get(flowId);
            Operation operation = flow.getCurrentOperation();
            if (operation != null && operation.getActionStatus() == Operation.ActionStatusEnum.FAILURE) {
                throw new GenesysApiException("Publishing flow '" + flow.getName() + "' failed: " + operation.getErrorMessage());
            }
            boolean running = operation != null && operation.getActionName() == Operation.ActionNameEnum.PUBLISH
                    && operation.getActionStatus() != Operation.ActionStatusEnum.SUCCESS;
            return running || flow.getPublishedVersion() == null ? Optional.empty() : Optional.of(flow);
        });
    }

    /** The queues the flow's published version consumes, by name (Architect dependency tracking). */
    public List<String> queuesOfPublishedVersion(Flow flow) {
        if (flow.getPublishedVersion() == null) {
            return List.of();
        }
        String version = flow.getPublishedVersion().getId();
        return allPages("Read dependencies of flow " + flow.getId() + " version " + version,
                n -> architect.getArchitectDependencytrackingConsumedresources(flow.getId(), version, DEPENDENCY_TYPE,
                        List.of("QUEUE"), n, 100), l -> l.getEntities(), l -> l.getPageCount()).stream()
                .filter(d -> d.getType() == Dependency.TypeEnum.QUEUE && !Boolean.TRUE.equals(d.getDeleted()))
                .map(Dependency::getName).toList();
    }

    /** Deletes the flow, unlocking it first when the UI left it checked out (as Architect does on delete). */
    public void delete(String flowId) {
        Flow flow;
        try {
            flow = get(flowId);
        } catch (GenesysApiException e) {
            if (e.status() == 404) {
                return;
            }
            throw e;
        }
        if (flow.getLockedUser() != null || flow.getLockedClient() != null) {
            run("Unlock flow " + flowId, () -> architect.postFlowsActionsUnlock(flowId));
        }
        SdkCalls.delete("Delete flow " + flowId, () -> architect.deleteFlow(flowId));
    }
}
