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
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Architect flows: names per type, locks (checkout), saved versions and the asynchronous publish. */
public final class Flows {
    public static final int MAX_NAME_LENGTH = 200;
    public static final Set<String> TYPES = Set.of("inboundshortmessage", "inboundcall", "inboundemail",
            "inboundchat", "outboundcall", "inqueuecall", "inqueueshortmessage", "bot", "digitalbot", "workflow",
            "commonmodule", "securecall", "surveyinvite", "voicemail");
    private final Object lock;
    private final Clock clock;
    private final Ref division;
    private final Predicate<String> queueExists;
    private final Supplier<Duration> publishDuration;
    private final Map<String, Flow> byId = new LinkedHashMap<>();

    public Flows(Object lock, Clock clock, Ref division, Predicate<String> queueExists, Supplier<Duration> publishDuration) {
        this.lock = lock;
        this.clock = clock;
        this.division = division;
        this.queueExists = queueExists;
        this.publishDuration = publishDuration;
    }

    /** A new flow is checked out to its creator, with an Initial State that has no actions. */
    public Flow.FlowJson create(String name, String givenType, String description, Caller creator) {
        // The SDK writes its enum constants (INBOUNDSHORTMESSAGE); the API answers in lower case.
        String type = givenType == null ? null : givenType.toLowerCase(Locale.ROOT);
        if (type == null || !TYPES.contains(type)) {
            throw GenesysError.badRequest("The flow type '" + givenType + "' is not valid.");
        }
        synchronized (lock) {
            String checked = uniqueName(name, type);
            Flow flow = new Flow(UUID.randomUUID().toString(), checked, description, type, clock.instant());
            flow.configuration = emptyConfiguration(checked, type);
            flow.savedVersion = 1;
            flow.versions.put(1, flow.configuration.deepCopy());
            flow.lockedBy = creator;
            byId.put(flow.id, flow);
            return flow.json(division);
        }
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

    /** Flows of the given types (all when empty) whose name matches the filter, sorted by name. */
    public List<Flow.FlowJson> list(Set<String> types, String name) {
        Predicate<String> filter = Names.filter(name);
        synchronized (lock) {
            return byId.values().stream().filter(f -> types.isEmpty() || types.contains(f.type))
                    .filter(f -> filter.test(f.name)).sorted((a, b) -> a.name.compareToIgnoreCase(b.name))
                    .map(f -> f.json(division)).toList();
        }
    }

    public Flow.FlowJson checkout(String id, Caller caller) {
        synchronized (lock) {
            Flow flow = editable(id, caller);
            flow.lockedBy = caller;
            return flow.json(division);
        }
    }

    public Flow.FlowJson checkin(String id, Caller caller) {
        synchronized (lock) {
            Flow flow = editable(id, caller);
            if (flow.lockedBy == null) {
                throw GenesysError.badRequest("The flow is not checked out.");
            }
            flow.checkedInVersion = flow.savedVersion;
            flow.lockedBy = null;
            return flow.json(division);
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

    public ObjectNode latestConfiguration(String id) {
        synchronized (lock) {
            return require(id).configuration.deepCopy();
        }
    }

    /** Saves a new version of the configuration; the caller must hold the flow's lock. */
    public Flow.VersionJson saveVersion(String id, JsonNode configuration, Caller caller) {
        if (configuration == null || !configuration.isObject() || !configuration.path("initialState").isObject()) {
            throw GenesysError.badRequest("The flow configuration must have an initialState.");
        }
        synchronized (lock) {
            Flow flow = editable(id, caller);
            if (flow.lockedBy == null) {
                throw GenesysError.badRequest("The flow must be checked out before it can be saved.");
            }
            ObjectNode saved = ((ObjectNode) configuration).deepCopy();
            saved.put("name", flow.name).put("type", flow.type);
            flow.configuration = saved;
            flow.savedVersion++;
            flow.versions.put(flow.savedVersion, saved.deepCopy());
            return flow.version(flow.savedVersion);
        }
    }

    public FlowValidation validate(String id) {
        synchronized (lock) {
            return FlowValidation.of(require(id).configuration, queueExists);
        }
    }

    /** Validates the latest saved configuration, then publishes it after the tenant's publish duration. */
    public Flow.FlowJson publish(String id, Caller caller) {
        synchronized (lock) {
            Flow flow = editable(id, caller);
            if (flow.publishing()) {
                throw GenesysError.conflict("The flow '" + flow.name + "' is already being published.");
            }
            FlowValidation validation = FlowValidation.of(flow.configuration, queueExists);
            if (!validation.ok()) {
                throw new GenesysError(400, "flow.validation.failed", "The flow '" + flow.name
                        + "' has validation errors.", validation.errorMessages());
            }
            flow.publishStatus = "RUNNING";
            flow.publishError = null;
            int version = flow.savedVersion;
            Ref by = caller.isUser() ? new Ref(caller.userId(), caller.userName(), "/api/v2/users/" + caller.userId())
                    : new Ref(caller.clientId(), caller.clientName(), null);
            CompletableFuture.runAsync(() -> finishPublish(id, version, by),
                    io.omharness.twin.SandboxTimers.after(publishDuration.get().toMillis()));
            return flow.json(division);
        }
    }

    public void delete(String id, Caller caller) {
        synchronized (lock) {
            editable(id, caller);
            byId.remove(id);
        }
    }

    /** A published flow for the seed: the given configuration as version 1. */
    public Flow.FlowJson seedPublished(String name, String type, String description, ObjectNode configuration, Caller by) {
        synchronized (lock) {
            String id = create(name, type, description, by).id();
            Flow flow = byId.get(id);
            configuration.put("name", name).put("type", type);
            flow.configuration = configuration;
            flow.versions.put(1, configuration.deepCopy());
            flow.checkedInVersion = 1;
            flow.publishedVersion = 1;
            flow.publishedBy = new Ref(by.userId(), by.userName(), "/api/v2/users/" + by.userId());
            flow.lockedBy = null;
            return flow.json(division);
        }
    }

    public static ObjectNode emptyConfiguration(String name, String type) {
        ObjectNode config = JsonNodeFactory.instance.objectNode().put("name", name).put("type", type);
        config.putObject("initialState").put("name", "Initial State").putArray("actions");
        return config;
    }

    private void finishPublish(String id, int version, Ref by) {
        synchronized (lock) {
            Flow flow = byId.get(id);
            if (flow == null) {
                return;
            }
            flow.publishedVersion = version;
            flow.checkedInVersion = version;
            flow.publishedBy = by;
            flow.lockedBy = null;
            flow.publishStatus = "SUCCESS";
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
}
