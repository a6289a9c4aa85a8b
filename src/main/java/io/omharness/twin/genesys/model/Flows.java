package io.omharness.twin.genesys.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Architect flows: names per type, locks (checkout), saved versions, the asynchronous publish and imports. */
public final class Flows {
    public static final int MAX_NAME_LENGTH = 200;
    public static final Set<String> TYPES = Set.of("inboundshortmessage", "inboundcall", "inboundemail",
            "inboundchat", "outboundcall", "inqueuecall", "inqueueshortmessage", "bot", "digitalbot", "workflow",
            "commonmodule", "securecall", "surveyinvite", "voicemail");
    private final Object lock;
    private final Clock clock;
    private final Ref division;
    private final Queues queues;
    private final Supplier<Duration> publishDuration;
    private final Map<String, Flow> byId = new LinkedHashMap<>();
    private final Consistency<Flow.FlowJson> listed;

    public Flows(Object lock, Clock clock, Ref division, Queues queues, Supplier<Duration> publishDuration) {
        this.lock = lock;
        this.clock = clock;
        this.division = division;
        this.queues = queues;
        this.publishDuration = publishDuration;
        this.listed = new Consistency<>(clock);
    }

    /** A new flow is checked out to its creator, with an Initial State that has no actions. */
    public Flow.FlowJson create(String name, String givenType, String description, Caller creator) {
        String type = type(givenType);
        synchronized (lock) {
            Flow flow = add(uniqueName(name, type), type, description, emptyConfiguration(name, type));
            flow.lockedBy = creator;
            return flow.json(division);
        }
    }

    /** The internal type (lower case) of a type written either way (the SDK writes INBOUNDSHORTMESSAGE). */
    public static String type(String givenType) {
        String type = givenType == null ? null : givenType.toLowerCase(Locale.ROOT);
        if (type == null || !TYPES.contains(type)) {
            throw GenesysError.badRequest("The flow type '" + givenType + "' is not valid.");
        }
        return type;
    }

    public Flow.FlowJson get(String id) {
        synchronized (lock) {
            return require(id).json(division);
        }
    }

    public Optional<Flow.FlowJson> find(String id) {
        synchronized (lock) {
            return Optional.ofNullable(id == null ? null : byId.get(id)).map(f -> f.json(division));
        }
    }

    public List<Flow.FlowJson> list(Set<String> types, String name) {
        return list(types, name, Duration.ZERO);
    }

    /** Flows of the given types (all when empty) whose name matches, as lists show them `lag` after changes. */
    public List<Flow.FlowJson> list(Set<String> types, String name, Duration lag) {
        Predicate<String> filter = Names.filter(name);
        synchronized (lock) {
            return listed.listed(lag, id -> Optional.ofNullable(byId.get(id)).map(f -> f.json(division))).stream()
                    .filter(f -> types.isEmpty() || types.contains(f.type().toLowerCase(Locale.ROOT)))
                    .filter(f -> filter.test(f.name())).sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
        }
    }

    public Flow.FlowJson checkout(String id, Caller caller) {
        synchronized (lock) {
            Flow flow = editable(id, caller);
            flow.lockedBy = caller;
            return flow.json(division);
        }
    }

    /** Checks the flow in: asynchronous in the real API, so the answer is the Operation as it started. */
    public Flow.Operation checkin(String id, Caller caller) {
        synchronized (lock) {
            Flow flow = editable(id, caller);
            if (flow.lockedBy == null) {
                throw GenesysError.badRequest("The flow is not checked out.");
            }
            Flow.Operation started = Flow.Operation.started(UUID.randomUUID().toString(), "CHECKIN", caller);
            flow.checkedInVersion = flow.savedVersion;
            flow.lockedBy = null;
            flow.operation = started.finished(true, null);
            return started;
        }
    }

    /** Breaks any lock, as an admin with the Architect unlock permission can. */
    public Flow.FlowJson unlock(String id) {
        synchronized (lock) {
            Flow flow = require(id);
            flow.lockedBy = null;
            return flow.json(division);
        }
    }

    /** Architect's internal JSON of the latest saved version (read-only through the API). */
    public ObjectNode latestConfiguration(String id) {
        synchronized (lock) {
            return require(id).configuration.deepCopy();
        }
    }

    /** Saves a new version from the Architect editor; the caller must hold the flow's lock. */
    public Flow.VersionJson saveVersion(String id, JsonNode configuration, Caller caller) {
        if (configuration == null || !configuration.isObject() || !configuration.path("initialState").isObject()) {
            throw GenesysError.badRequest("The flow configuration must have an initialState.");
        }
        synchronized (lock) {
            Flow flow = editable(id, caller);
            if (flow.lockedBy == null) {
                throw GenesysError.badRequest("The flow must be checked out before it can be saved.");
            }
            saveVersion(flow, ((ObjectNode) configuration).deepCopy());
            return flow.version(flow.savedVersion);
        }
    }

    public FlowValidation validate(String id) {
        synchronized (lock) {
            return FlowValidation.of(require(id).configuration, this::queueExists);
        }
    }

    /** Validates the latest saved configuration, then publishes it after the tenant's publish duration. */
    public void publish(String id, Caller caller) {
        synchronized (lock) {
            Flow flow = editable(id, caller);
            if (flow.publishing()) {
                throw GenesysError.conflict("The flow '" + flow.name + "' is already being published.");
            }
            checkValid(flow);
            flow.operation = Flow.Operation.started(UUID.randomUUID().toString(), "PUBLISH", caller);
            int version = flow.savedVersion;
            Ref by = ref(caller);
            CompletableFuture.runAsync(() -> finishPublish(id, version, by),
                    io.omharness.twin.core.SandboxTimers.after(publishDuration.get().toMillis()));
        }
    }

    /**
     * What an Archy import publishes: a flow of this name and type gets the configuration as a new,
     * checked-in, published version (created when none exists; another caller's lock is a conflict).
     */
    public Flow.FlowJson importPublished(String name, String givenType, String description, ObjectNode configuration,
                                         Caller by) {
        String type = type(givenType);
        synchronized (lock) {
            Flow flow = byId.values().stream().filter(f -> f.type.equals(type) && Names.same(f.name, name)).findFirst()
                    .map(f -> editable(f.id, by)).orElse(null);
            if (flow == null) {
                flow = add(uniqueName(name, type), type, description, configuration);
            } else {
                if (flow.publishing()) {
                    throw GenesysError.conflict("The flow '" + flow.name + "' is already being published.");
                }
                flow.description = description;
                saveVersion(flow, configuration);
            }
            checkValid(flow);
            Flow.Operation started = Flow.Operation.started(UUID.randomUUID().toString(), "PUBLISH", by);
            flow.operation = started;
            finishPublish(flow.id, flow.savedVersion, ref(by));
            listed.changed(flow.id, flow.json(division));
            return flow.json(division);
        }
    }

    /** Architect dependency tracking for one version of the flow (see {@link FlowDependencies}). */
    public List<Flow.DependencyJson> consumedResources(String id, String version, String objectType) {
        synchronized (lock) {
            return FlowDependencies.consumed(require(id), version, objectType, queues);
        }
    }

    public void delete(String id, Caller caller) {
        synchronized (lock) {
            editable(id, caller);
            byId.remove(id);
            listed.changed(id, null);
        }
    }

    /** A published flow for the seed: the given configuration as version 1. */
    public Flow.FlowJson seedPublished(String name, String type, String description, ObjectNode configuration, Caller by) {
        synchronized (lock) {
            configuration.put("name", name).put("type", type);
            Flow flow = add(uniqueName(name, type), type, description, configuration);
            flow.checkedInVersion = 1;
            flow.publishedVersion = 1;
            flow.published.add(1);
            flow.publishedBy = ref(by);
            return flow.json(division);
        }
    }

    public static ObjectNode emptyConfiguration(String name, String type) {
        ObjectNode config = JsonNodeFactory.instance.objectNode().put("name", name).put("type", type);
        config.putObject("initialState").put("name", "Initial State").putArray("actions");
        return config;
    }

    private Flow add(String name, String type, String description, ObjectNode configuration) {
        Flow flow = new Flow(UUID.randomUUID().toString(), name, description, type, clock.instant());
        configuration.put("name", name).put("type", type);
        flow.configuration = configuration;
        flow.savedVersion = 1;
        flow.versions.put(1, configuration.deepCopy());
        byId.put(flow.id, flow);
        listed.changed(flow.id, flow.json(division));
        return flow;
    }

    private void saveVersion(Flow flow, ObjectNode configuration) {
        configuration.put("name", flow.name).put("type", flow.type);
        flow.configuration = configuration;
        flow.savedVersion++;
        flow.versions.put(flow.savedVersion, configuration.deepCopy());
    }

    private void checkValid(Flow flow) {
        FlowValidation validation = FlowValidation.of(flow.configuration, this::queueExists);
        if (!validation.ok()) {
            throw new GenesysError(400, "flow.validation.failed", "The flow '" + flow.name
                    + "' has validation errors.", validation.errorMessages());
        }
    }

    private boolean queueExists(String queueId) {
        return queues.find(queueId).isPresent();
    }

    private static Ref ref(Caller caller) {
        return caller.isUser() ? new Ref(caller.userId(), caller.userName(), "/api/v2/users/" + caller.userId())
                : new Ref(caller.clientId(), caller.clientName(), null);
    }

    private void finishPublish(String id, int version, Ref by) {
        synchronized (lock) {
            Flow flow = byId.get(id);
            if (flow == null) {
                return;
            }
            flow.publishedVersion = version;
            flow.checkedInVersion = version;
            flow.published.add(version);
            flow.publishedBy = by;
            flow.lockedBy = null;
            flow.operation = flow.operation.finished(true, null);
        }
    }

    /** The flow, if the caller may change it: another caller's lock is a conflict. */
    private Flow editable(String id, Caller caller) {
        Flow flow = require(id);
        if (flow.lockedBy != null && !flow.lockedBy.lockKey().equals(caller.lockKey())) {
            throw GenesysError.conflict("The flow '" + flow.name + "' is locked by " + flow.lockedBy.displayName() + ".");
        }
        return flow;
    }

    private Flow require(String id) {
        Flow flow = id == null ? null : byId.get(id);
        if (flow == null) {
            throw GenesysError.notFound("Flow", id);
        }
        return flow;
    }

    private String uniqueName(String name, String type) {
        String checked = Names.required(name, "flow");
        if (checked.length() > MAX_NAME_LENGTH) {
            throw GenesysError.badRequest("The flow name must be at most " + MAX_NAME_LENGTH + " characters.");
        }
        if (byId.values().stream().anyMatch(f -> f.type.equals(type) && Names.same(f.name, checked))) {
            throw GenesysError.conflict("A flow with the name '" + checked + "' already exists.");
        }
        return checked;
    }

    /** For the seed: the org's own objects existed long before anyone lists them. */
    public void settleLists() {
        synchronized (lock) {
            listed.settle();
        }
    }
}
