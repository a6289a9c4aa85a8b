package io.omharness.twin.genesys.org;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.omharness.twin.genesys.model.Caller;
import io.omharness.twin.genesys.model.Flow;
import io.omharness.twin.genesys.model.GenesysError;
import io.omharness.twin.genesys.model.OpenIntegrations;
import io.omharness.twin.genesys.model.Queue;
import io.omharness.twin.genesys.model.User;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The "customer" objects every new org starts with, which the harness must never change, and the
 * report that compares them with their seeded state.
 */
public final class CustomerObjects {
    private final GenesysOrg org;
    private final Map<String, String> queues = new LinkedHashMap<>();
    private final Map<String, String> flows = new LinkedHashMap<>();
    private final Map<String, String> integrations = new LinkedHashMap<>();
    private final Map<String, String> recipients = new LinkedHashMap<>();

    private CustomerObjects(GenesysOrg org) {
        this.org = org;
    }

    static CustomerObjects seed(GenesysOrg org) {
        User avery = org.users().add("Avery Agent", "avery.agent@" + org.name() + ".example.com", null);
        User blake = org.users().add("Blake Supervisor", "blake.supervisor@" + org.name() + ".example.com", null);
        Caller admin = Caller.user(org.admin());
        Queue.QueueJson support = org.queues().create("Support", "Customer support");
        org.queues().changeMembers(support.id(), List.of(avery.id(), blake.id()), false);
        Queue.QueueJson sales = org.queues().create("Sales", "Sales enquiries");
        org.queues().create("Billing", "Billing questions");
        Flow.FlowJson care = org.flows().seedPublished("Customer Care Messaging", "inboundshortmessage",
                "Routes web chat messages to Support", transferTo(support), admin);
        org.flows().seedPublished("Main IVR", "inboundcall", "Main phone line", transferTo(sales), admin);
        OpenIntegrations.IntegrationJson chat = org.integrations().seedCompleted("Customer Web Chat",
                "https://chat.customer.example.com/genesys/outbound", "customer-web-chat-signing-secret");
        org.recipients().route(chat.recipient().id(), care.id());
        org.queues().settleLists();
        org.flows().settleLists();
        org.integrations().settleLists();
        org.recipients().settleLists();
        CustomerObjects objects = new CustomerObjects(org);
        objects.remember();
        return objects;
    }

    private static ObjectNode transferTo(Queue.QueueJson queue) {
        ObjectNode config = JsonNodeFactory.instance.objectNode();
        ObjectNode action = config.putObject("initialState").put("name", "Initial State").putArray("actions").addObject();
        action.put("type", "transferToAcd").put("name", "Transfer to ACD").put("priority", 0);
        action.putObject("queue").put("id", queue.id()).put("name", queue.name());
        return config;
    }

    private void remember() {
        for (Queue.QueueJson q : org.queues().list(null)) queues.put(q.id(), queueState(q.id()).orElseThrow());
        for (Flow.FlowJson f : org.flows().list(Set.of(), null)) flows.put(f.id(), flowState(f.id()).orElseThrow());
        for (var i : org.integrations().list()) integrations.put(i.id(), integrationState(i.id()).orElseThrow());
        for (var r : org.recipients().list("open", null)) recipients.put(r.id(), recipientState(r.id()).orElseThrow());
    }

    /** {intact, changes, queues, flows, integrations, recipients}: each object with its name and whether it is intact. */
    public Map<String, Object> report() {
        List<String> changes = new ArrayList<>();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("intact", true);
        out.put("changes", changes);
        out.put("queues", compare("Queue", queues, this::queueState, changes));
        out.put("flows", compare("Flow", flows, this::flowState, changes));
        out.put("integrations", compare("Integration", integrations, this::integrationState, changes));
        out.put("recipients", compare("Recipient", recipients, this::recipientState, changes));
        out.put("intact", changes.isEmpty());
        return out;
    }

    private List<Map<String, Object>> compare(String kind, Map<String, String> seeded,
                                              Function<String, Optional<String>> now, List<String> changes) {
        List<Map<String, Object>> rows = new ArrayList<>();
        seeded.forEach((id, before) -> {
            Optional<String> after = now.apply(id);
            String name = before.substring(0, before.indexOf('|'));
            String status = after.isEmpty() ? "deleted" : after.get().equals(before) ? "intact" : "changed";
            if (!"intact".equals(status)) {
                changes.add(kind + " '" + name + "' was " + status + ".");
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", id);
            row.put("name", name);
            row.put("status", status);
            row.put("intact", "intact".equals(status));
            rows.add(row);
        });
        return rows;
    }

    private Optional<String> queueState(String id) {
        return org.queues().find(id).map(q -> q.name() + "|" + q.description() + "|"
                + org.queues().members(id).stream().map(Queue.MemberJson::id).sorted().toList());
    }

    private Optional<String> flowState(String id) {
        return org.flows().find(id).map(f -> f.name() + "|" + f.type() + "|" + f.description() + "|" + f.locked()
                + "|" + version(f.savedVersion()) + "|" + version(f.publishedVersion()) + "|"
                + org.flows().latestConfiguration(id));
    }

    private Optional<String> integrationState(String id) {
        return existing(() -> org.integrations().get(id)).map(i -> i.name() + "|" + i.outboundNotificationWebhookUrl()
                + "|" + i.createStatus() + "|" + (i.recipient() == null ? null : i.recipient().id()));
    }

    private Optional<String> recipientState(String id) {
        return existing(() -> org.recipients().get(id)).map(r -> r.name() + "|" + (r.flow() == null ? null : r.flow().id()));
    }

    private static String version(Flow.VersionJson v) {
        return v == null ? null : v.id();
    }

    private static <T> Optional<T> existing(Supplier<T> lookup) {
        try {
            return Optional.of(lookup.get());
        } catch (GenesysError e) {
            return Optional.empty();
        }
    }
}
