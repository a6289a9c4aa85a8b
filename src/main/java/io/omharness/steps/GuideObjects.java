package io.omharness.steps;

/**
 * What one scenario built, step by step: the names the guide asks for and the ids the API reports.
 * Arranged objects (made through the API) and UI-made objects land here alike.
 */
public class GuideObjects {
    public String queueName;
    public String queueId;
    public String flowName;
    public String flowId;
    /** What setup decided for the flow: create it, reuse it as it is, or finish it. */
    public io.omharness.setup.PlannedStep flow;
    public String platformName;
    public String integrationId;
    public String recipientId;
    public String architectWindow;
    public String adminWindow;
    /** The org's own objects when the scenario started (real orgs; the sandbox reports its seed itself). */
    public java.util.Map<String, String> ownObjectsBefore;
    /** The last message a form, dialog or the package showed, for the Then step that checks it. */
    public String lastMessage;
}
