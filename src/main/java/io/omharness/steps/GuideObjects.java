package io.omharness.steps;

import java.util.Map;
import java.util.Optional;

/**
 * What one scenario built, step by step: the names the guide asks for and the ids the API reports.
 * Arranged objects (made through the API) and UI-made objects land here alike. Reading something no
 * step has built yet fails with a message saying so, not with a null further on.
 */
public class GuideObjects {
    private String queueName;
    private String queueId;
    private String flowName;
    private String flowId;
    private String platformName;
    private String integrationId;
    private String recipientId;
    private String lastMessage;
    private Map<String, String> ownObjectsBefore;

    public String queueName() {
        return built(queueName, "queue's name");
    }

    public void queueName(String name) {
        queueName = name;
    }

    public String queueId() {
        return built(queueId, "queue's id");
    }

    public void queueId(String id) {
        queueId = id;
    }

    public String flowName() {
        return built(flowName, "flow's name");
    }

    public void flowName(String name) {
        flowName = name;
    }

    public String flowId() {
        return built(flowId, "flow's id");
    }

    public void flowId(String id) {
        flowId = id;
    }

    public String platformName() {
        return built(platformName, "platform's name");
    }

    public void platformName(String name) {
        platformName = name;
    }

    public String integrationId() {
        return built(integrationId, "open messaging integration's id");
    }

    public void integrationId(String id) {
        integrationId = id;
    }

    public String recipientId() {
        return built(recipientId, "platform's recipient id");
    }

    public void recipientId(String id) {
        recipientId = id;
    }

    /** The last message a form, dialog or the package showed, for the Then step that checks it. */
    public String lastMessage() {
        return built(lastMessage, "message shown by the product");
    }

    public void lastMessage(String shown) {
        lastMessage = shown;
    }

    /** The org's own objects when the scenario started (real orgs; the sandbox reports its seed itself). */
    public Optional<Map<String, String>> ownObjectsBefore() {
        return Optional.ofNullable(ownObjectsBefore);
    }

    public void ownObjectsBefore(Map<String, String> objects) {
        ownObjectsBefore = Map.copyOf(objects);
    }

    /** The ids an API reported so far, by what they identify: only what the scenario proved exists. */
    public Optional<String> queueIdIfKnown() {
        return Optional.ofNullable(queueId);
    }

    public Optional<String> flowIdIfKnown() {
        return Optional.ofNullable(flowId);
    }

    public Optional<String> integrationIdIfKnown() {
        return Optional.ofNullable(integrationId);
    }

    public Optional<String> recipientIdIfKnown() {
        return Optional.ofNullable(recipientId);
    }

    private static String built(String value, String what) {
        if (value == null) {
            throw new IllegalStateException("No " + what + " yet: an earlier step of this scenario should have made it");
        }
        return value;
    }
}
