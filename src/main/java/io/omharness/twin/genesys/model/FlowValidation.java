package io.omharness.twin.genesys.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** What Architect's Validate reports for a flow configuration: errors block publishing, warnings do not. */
public record FlowValidation(List<Issue> errors, List<Issue> warnings) {
    private static final int MAX_PREFERRED_AGENTS = 20;

    public record Issue(String message, String action) {
    }

    public boolean ok() {
        return errors.isEmpty();
    }

    public List<String> errorMessages() {
        return errors.stream().map(Issue::message).toList();
    }

    static FlowValidation of(ObjectNode configuration, Predicate<String> queueExists) {
        List<Issue> errors = new ArrayList<>();
        List<Issue> warnings = new ArrayList<>();
        JsonNode actions = configuration.path("initialState").path("actions");
        if (!actions.isArray() || actions.isEmpty()) {
            warnings.add(new Issue("The Initial State has no actions.", null));
        }
        for (JsonNode action : actions) {
            if (!"transferToAcd".equals(action.path("type").asText())) {
                continue;
            }
            String name = action.path("name").asText("Transfer to ACD");
            JsonNode queue = action.path("queue");
            String queueId = queue.path("id").asText(null);
            if (queueId == null || queueId.isBlank()) {
                errors.add(new Issue(name + ": a queue is required.", name));
            } else if (!queueExists.test(queueId)) {
                errors.add(new Issue(name + ": the queue '" + queue.path("name").asText(queueId)
                        + "' does not exist.", name));
            }
            preferredAgents(name, action.path("preferredAgents"), errors);
        }
        return new FlowValidation(List.copyOf(errors), List.copyOf(warnings));
    }

    /** Transfer to ACD takes up to 20 agent/score pairs, each with an agent and a score from 0 to 100. */
    private static void preferredAgents(String action, JsonNode pairs, List<Issue> errors) {
        if (pairs.size() > MAX_PREFERRED_AGENTS) {
            errors.add(new Issue(action + ": at most " + MAX_PREFERRED_AGENTS + " preferred agents are allowed.", action));
        }
        int index = 0;
        for (JsonNode pair : pairs) {
            index++;
            if (pair.path("user").path("id").asText("").isBlank()) {
                errors.add(new Issue(action + ": preferred agent " + index + " has no agent.", action));
            }
            JsonNode score = pair.path("score");
            if (!score.canConvertToInt() || score.asInt() < 0 || score.asInt() > 100) {
                errors.add(new Issue(action + ": the score of preferred agent " + index + " must be from 0 to 100.", action));
            }
        }
    }
}
