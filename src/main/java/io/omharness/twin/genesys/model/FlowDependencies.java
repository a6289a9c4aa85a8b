package io.omharness.twin.genesys.model;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Architect dependency tracking: what a published version of a flow consumes (the queues of its
 * Transfer to ACD actions). Versions never published report nothing. Callers hold the org lock.
 */
final class FlowDependencies {
    private FlowDependencies() {
    }

    /** objectType must be the flow's (INBOUNDSHORTMESSAGEFLOW for an Inbound Message flow). */
    static List<Flow.DependencyJson> consumed(Flow flow, String version, String objectType, Queues queues) {
        if (objectType == null || !objectType.equalsIgnoreCase(objectType(flow.type))) {
            throw GenesysError.notFound(objectType + " object", flow.id);
        }
        int number = versionNumber(version);
        if (!flow.versions.containsKey(number)) {
            throw GenesysError.notFound("Version " + version + " of flow", flow.id);
        }
        List<Flow.DependencyJson> out = new ArrayList<>();
        if (!flow.published.contains(number)) {
            return out;
        }
        for (JsonNode action : flow.versions.get(number).path("initialState").path("actions")) {
            String queueId = action.path("queue").path("id").asText(null);
            if ("transferToAcd".equals(action.path("type").asText()) && queueId != null
                    && out.stream().noneMatch(d -> d.id().equals(queueId))) {
                Optional<Queue.QueueJson> queue = queues.find(queueId);
                out.add(new Flow.DependencyJson(queueId, queue.map(Queue.QueueJson::name)
                        .orElse(action.path("queue").path("name").asText(null)), null, "QUEUE", queue.isEmpty(),
                        false, false, "/api/v2/routing/queues/" + queueId));
            }
        }
        return out;
    }

    /** The dependency-tracking object type of a flow type: inboundshortmessage → INBOUNDSHORTMESSAGEFLOW. */
    static String objectType(String type) {
        String upper = type.toUpperCase(Locale.ROOT);
        return "workflow".equals(type) ? upper : upper + "FLOW";
    }

    private static int versionNumber(String version) {
        try {
            return (int) Double.parseDouble(version == null ? "" : version.trim());
        } catch (NumberFormatException e) {
            throw GenesysError.badRequest("The version '" + version + "' is not a flow version.");
        }
    }
}
