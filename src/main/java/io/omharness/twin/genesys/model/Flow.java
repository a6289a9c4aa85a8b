package io.omharness.twin.genesys.model;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** An Architect flow with its lock, versions and publish state; mutated only by {@link Flows} under the org lock. */
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
    String publishStatus;
    String publishError;
    ObjectNode configuration;
    final Map<Integer, ObjectNode> versions = new HashMap<>();
    final Instant created;

    Flow(String id, String name, String description, String type, Instant created) {
        this.id = id;
        this.name = name;
        this.description = description;
        this.type = type;
        this.created = created;
    }

    boolean publishing() {
        return "RUNNING".equals(publishStatus);
    }

    FlowJson json(Ref division) {
        Ref lockedUser = lockedBy != null && lockedBy.isUser()
                ? new Ref(lockedBy.userId(), lockedBy.userName(), "/api/v2/users/" + lockedBy.userId()) : null;
        Ref lockedClient = lockedBy != null && !lockedBy.isUser()
                ? new Ref(lockedBy.clientId(), lockedBy.clientName(), null) : null;
        Operation operation = publishStatus == null ? null : new Operation(id + "-publish",
                !publishing(), "PUBLISH", publishStatus, publishError);
        return new FlowJson(id, name, description, type, division, lockedBy != null, lockedUser, lockedClient,
                publishedVersion != null, false, false, version(checkedInVersion), version(savedVersion),
                version(publishedVersion), publishedBy, operation, "/api/v2/flows/" + id);
    }

    VersionJson version(Integer number) {
        if (number == null || number == 0) {
            return null;
        }
        String label = number + ".0";
        return new VersionJson(label, label, label, label, false, false, "/api/v2/flows/" + id + "/versions/" + label);
    }

    public record FlowJson(String id, String name, String description, String type, Ref division, boolean locked,
                           Ref lockedUser, Ref lockedClient, boolean active, boolean system, boolean deleted,
                           VersionJson checkedInVersion, VersionJson savedVersion, VersionJson publishedVersion,
                           Ref publishedBy, Operation currentOperation, String selfUri) {
    }

    public record VersionJson(String id, String name, String commitVersion, String configurationVersion,
                              boolean secure, boolean debug, String selfUri) {
    }

    public record Operation(String id, boolean complete, String actionName, String actionStatus, String errorMessage) {
    }
}
