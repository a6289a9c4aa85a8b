package io.omharness.twin.genesys.model;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

/** Message-routing recipients (inbound addresses): created with open messaging integrations, routed to a flow. */
public final class Recipients {
    public static final String INBOUND_MESSAGE = "inboundshortmessage";
    private final Object lock;
    private final Clock clock;
    private final Function<String, Optional<Flow.FlowJson>> flows;
    private final Map<String, Recipient> byId = new LinkedHashMap<>();
    private final Consistency<RecipientJson> listed;

    public Recipients(Object lock, Clock clock, Function<String, Optional<Flow.FlowJson>> flows) {
        this.lock = lock;
        this.clock = clock;
        this.flows = flows;
        this.listed = new Consistency<>(clock);
    }

    private static final class Recipient {
        final String id;
        final String name;
        final Instant created;
        String flowId;
        Instant modified;

        Recipient(String id, String name, Instant created) {
            this.id = id;
            this.name = name;
            this.created = created;
            this.modified = created;
        }
    }

    public record RecipientJson(String id, String name, String messengerType, Ref flow, String dateCreated,
                                String dateModified, String selfUri) {
    }

    RecipientJson create(String name) {
        synchronized (lock) {
            Recipient recipient = new Recipient(UUID.randomUUID().toString(), name, clock.instant());
            byId.put(recipient.id, recipient);
            listed.changed(recipient.id, json(recipient));
            return json(recipient);
        }
    }

    void delete(String id) {
        synchronized (lock) {
            if (byId.remove(id) != null) {
                listed.changed(id, null);
            }
        }
    }

    public RecipientJson get(String id) {
        synchronized (lock) {
            return json(require(id));
        }
    }

    public List<RecipientJson> list(String messengerType, String name) {
        return list(messengerType, name, java.time.Duration.ZERO);
    }

    /** Recipients as lists show them `lag` after they were created or deleted. */
    public List<RecipientJson> list(String messengerType, String name, java.time.Duration lag) {
        Predicate<String> filter = Names.filter(name);
        boolean open = messengerType == null || messengerType.isBlank() || "open".equalsIgnoreCase(messengerType);
        synchronized (lock) {
            return listed.listed(lag, id -> Optional.ofNullable(byId.get(id)).map(this::json)).stream()
                    .filter(r -> open && filter.test(r.name())).sorted((a, b) -> a.name().compareToIgnoreCase(b.name()))
                    .toList();
        }
    }

    /** Routes the recipient to an Inbound Message flow, or detaches it when flowId is null. */
    public RecipientJson route(String id, String flowId) {
        synchronized (lock) {
            Recipient recipient = require(id);
            if (flowId != null) {
                Flow.FlowJson flow = flows.apply(flowId)
                        .orElseThrow(() -> GenesysError.badRequest("Flow " + flowId + " not found."));
                if (!INBOUND_MESSAGE.equalsIgnoreCase(flow.type())) {
                    throw GenesysError.badRequest("The flow '" + flow.name()
                            + "' is not an Inbound Message flow and cannot route messages.");
                }
            }
            recipient.flowId = flowId;
            recipient.modified = clock.instant();
            return json(recipient);
        }
    }

    /** Names of the recipients that route to the flow: it cannot be deleted while any do. */
    public List<String> routingTo(String flowId) {
        synchronized (lock) {
            return byId.values().stream().filter(r -> flowId.equals(r.flowId)).map(r -> r.name).toList();
        }
    }

    private RecipientJson json(Recipient r) {
        Ref flow = r.flowId == null ? null : flows.apply(r.flowId)
                .map(f -> new Ref(f.id(), f.name(), f.selfUri())).orElse(null);
        return new RecipientJson(r.id, r.name, "open", flow, Timestamps.format(r.created),
                Timestamps.format(r.modified), "/api/v2/routing/message/recipients/" + r.id);
    }

    private Recipient require(String id) {
        Recipient recipient = id == null ? null : byId.get(id);
        if (recipient == null) {
            throw GenesysError.notFound("Recipient", id);
        }
        return recipient;
    }

    /** For the seed: the org's own objects existed long before anyone lists them. */
    public void settleLists() {
        synchronized (lock) {
            listed.settle();
        }
    }
}
