package io.omharness.setup;

import com.mypurecloud.sdk.v2.model.Flow;
import com.mypurecloud.sdk.v2.model.OpenIntegration;
import com.mypurecloud.sdk.v2.model.Queue;
import com.mypurecloud.sdk.v2.model.Recipient;
import io.omharness.genesys.api.GenesysApi;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Reads, never writes, what a run id's objects look like in Genesys Cloud now, and decides per object
 * whether setup creates, reuses or repairs it. Setup's steps ask it just before they act; ./harness plan
 * prints all four.
 */
public final class SetupInspector {
    private final GenesysApi api;
    private final Function<SetupKind, String> names;
    private final String myUserName;

    /** @param names the run's name for each kind, e.g. omh-RUN-queue */
    public SetupInspector(GenesysApi api, Function<SetupKind, String> names, String myUserName) {
        this.api = api;
        this.names = names;
        this.myUserName = myUserName;
    }

    public SetupPlan plan(String runId, String ownPrefix) {
        return new SetupPlan(runId, List.of(queue(), flow(), platform(), route()), ownObjects(api, ownPrefix));
    }

    public PlannedStep queue() {
        String name = names.apply(SetupKind.QUEUE);
        Optional<Queue> queue = api.findQueue(name);
        if (queue.isEmpty()) {
            return PlannedStep.create(SetupKind.QUEUE, name, "no queue of this run yet");
        }
        String id = queue.get().getId();
        return api.memberNamesIfExists(id).contains(myUserName)
                ? PlannedStep.reuse(SetupKind.QUEUE, name, id, myUserName + " is a member")
                : PlannedStep.repair(SetupKind.QUEUE, name, id, "add " + myUserName + " as a member");
    }

    public PlannedStep flow() {
        String name = names.apply(SetupKind.FLOW);
        Optional<Flow> flow = api.findInboundMessageFlow(name);
        if (flow.isEmpty()) {
            return PlannedStep.create(SetupKind.FLOW, name, "no flow of this run yet");
        }
        Flow f = flow.get();
        if (f.getPublishedVersion() == null) {
            return PlannedStep.repair(SetupKind.FLOW, name, f.getId(), "not published"
                    + (f.getLockedUser() != null ? ", checked out by " + f.getLockedUser().getName() : "")
                    + ": open it, transfer to the queue, publish");
        }
        List<String> targets = api.flows().queuesOfPublishedVersion(f);
        String target = targets.isEmpty() ? null : String.join(", ", targets);
        String queue = names.apply(SetupKind.QUEUE);
        return targets.stream().anyMatch(queue::equalsIgnoreCase)
                ? PlannedStep.reuse(SetupKind.FLOW, name, f.getId(), "published, transfers to " + queue)
                : PlannedStep.repair(SetupKind.FLOW, name, f.getId(), "published, but transfers to "
                + (target == null ? "no queue" : target) + ": transfer to " + queue + " and publish again");
    }

    public PlannedStep platform() {
        String name = names.apply(SetupKind.PLATFORM);
        Optional<OpenIntegration> platform = api.findOpenMessaging(name);
        if (platform.isEmpty()) {
            return PlannedStep.create(SetupKind.PLATFORM, name, "no platform of this run yet");
        }
        OpenIntegration p = platform.get();
        return p.getCreateStatus() == OpenIntegration.CreateStatusEnum.ERROR
                ? PlannedStep.repair(SetupKind.PLATFORM, name, p.getId(), "its creation failed: remove it and create it again")
                : PlannedStep.reuse(SetupKind.PLATFORM, name, p.getId(), "exists (" + p.getCreateStatus() + ")");
    }

    public PlannedStep route() {
        String name = names.apply(SetupKind.ROUTE);
        String flowName = names.apply(SetupKind.FLOW);
        Optional<OpenIntegration> platform = api.findOpenMessaging(names.apply(SetupKind.PLATFORM));
        if (platform.isEmpty() || platform.get().getRecipient() == null) {
            return PlannedStep.create(SetupKind.ROUTE, name, "route the platform's address to " + flowName);
        }
        String recipientId = platform.get().getRecipient().getId();
        Recipient recipient = api.recipient(recipientId);
        if (recipient.getFlow() == null) {
            return PlannedStep.create(SetupKind.ROUTE, name, "route the platform's address to " + flowName);
        }
        return flowName.equalsIgnoreCase(recipient.getFlow().getName())
                ? PlannedStep.reuse(SetupKind.ROUTE, name, recipientId, "the address routes to " + flowName)
                : PlannedStep.repair(SetupKind.ROUTE, name, recipientId, "the address routes to "
                + recipient.getFlow().getName() + ": route it to " + flowName);
    }

    /** The org's own queues, flows and integrations: everything not named with the harness prefix. */
    public static Map<String, String> ownObjects(GenesysApi api, String ownPrefix) {
        Map<String, String> own = new TreeMap<>();
        api.listAllQueues().stream().filter(q -> !q.getName().startsWith(ownPrefix))
                .forEach(q -> own.put(q.getId(), "queue " + q.getName()));
        api.listAllInboundMessageFlows().stream().filter(f -> !f.getName().startsWith(ownPrefix))
                .forEach(f -> own.put(f.getId(), "flow " + f.getName()));
        api.listAllOpenMessaging().stream().filter(i -> !i.getName().startsWith(ownPrefix))
                .forEach(i -> own.put(i.getId(), "open messaging " + i.getName()));
        return own;
    }
}
