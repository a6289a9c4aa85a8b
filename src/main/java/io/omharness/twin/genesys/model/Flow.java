package io.omharness.twin.genesys.model;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * An Architect flow with its lock, versions and publish state; mutated only by {@link Flows} under
 * the org lock. Its configuration is Architect's internal JSON: the API only reads it; the Architect
 * UI and the import job write it.
 */
public final class Flow {
    final String id;
    final String type;
    String name;
    String description;
    Caller lockedBy;
    int savedVersion;
    Integer checkedInVersion;
    Integer publishedVersion;
    Ref publishedBy;
    Operation operation;
    ObjectNode configuration;
    final Map<Integer, ObjectNode> versions = new HashMap<>();
    /** Versions that were published at some time: dependency tracking reports on these. */
    final TreeSet<Integer> published = new TreeSet<>();
    final Instant created;

    Flow(String id, String name, String description, String type, Instant created) {
        this.id = id;
        this.name = name;
        this.description = description;
        this.type = type;
        this.created = created;
    }

    boolean publishing() {
        return operation != null && "PUBLISH".equals(operation.actionName()) && !operation.complete();
    }

    /** The type as responses write it (INBOUNDSHORTMESSAGE); query parameters and Archy use lower case. */
    static String apiType(String type) {
        return type.toUpperCase(Locale.ROOT);
    }

    FlowJson json(Ref division) {
        Ref lockedUser = lockedBy != null && lockedBy.isUser()
                ? new Ref(lockedBy.userId(), lockedBy.userName(), "/api/v2/users/" + lockedBy.userId()) : null;
        Ref lockedClient = lockedBy != null && !lockedBy.isUser()
                ? new Ref(lockedBy.clientId(), lockedBy.clientName(), null) : null;
        return new FlowJson(id, name, description, apiType(type), division, lockedBy != null, lockedUser, lockedClient,
                publishedVersion != null, false, false, version(checkedInVersion), version(savedVersion),
                version(publishedVersion), publishedBy, operation, "/api/v2/flows/" + id);
    }

    VersionJson version(Integer number) {
        if (number == null || number == 0) {
            return null;
        }
        String label = label(number);
        return new VersionJson(label, label, label, label, false, false, "/api/v2/flows/" + id + "/versions/" + label);
    }

    static String label(int number) {
        return number + ".0";
    }

    public record FlowJson(String id, String name, String description, String type, Ref division, boolean locked,
                           Ref lockedUser, Ref lockedClient, boolean active, boolean system, boolean deleted,
                           VersionJson checkedInVersion, VersionJson savedVersion, VersionJson publishedVersion,
                           Ref publishedBy, Operation currentOperation, String selfUri) {
    }

    public record VersionJson(String id, String name, String commitVersion, String configurationVersion,
                              boolean secure, boolean debug, String selfUri) {
    }

    /**
     * An asynchronous flow action. actionStatus is one of the real enum's values: LOCKED, UNLOCKED,
     * STARTED, PENDING_GENERATION, PENDING_BACKEND_NOTIFICATION, SUCCESS, FAILURE.
     */
    public record Operation(String id, boolean complete, Ref user, Ref client, String actionName, String actionStatus,
                            String errorMessage, String errorCode) {

        static Operation started(String id, String actionName, Caller by) {
            return new Operation(id, false, by.isUser() ? new Ref(by.userId(), by.userName(), "/api/v2/users/" + by.userId()) : null,
                    by.isUser() ? null : new Ref(by.clientId(), by.clientName(), null), actionName, "STARTED", null, null);
        }

        Operation finished(boolean success, String errorMessage) {
            return new Operation(id, true, user, client, actionName, success ? "SUCCESS" : "FAILURE", errorMessage,
                    success ? null : "flow.publish.failed");
        }
    }

    /** One consumed resource as Architect dependency tracking reports it. */
    public record DependencyJson(String id, String name, String version, String type, boolean deleted, boolean updated,
                                 boolean stateUnknown, String selfUri) {
    }
}
