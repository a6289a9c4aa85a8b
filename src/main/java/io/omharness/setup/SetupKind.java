package io.omharness.setup;

/** The four things the guide builds in Genesys Cloud, in the order it builds them. */
public enum SetupKind {
    QUEUE("queue", "queue", "/directory/#/admin/routing/queues"),
    FLOW("flow", "Inbound Message flow", "/architect/#/inboundshortmessage/flows"),
    PLATFORM("platform", "Open Messaging platform", "/directory/#/admin/messaging/platforms"),
    ROUTE("route", "message route", "/directory/#/admin/routing/message");

    private final String namePart;
    private final String label;
    private final String uiPath;

    SetupKind(String namePart, String label, String uiPath) {
        this.namePart = namePart;
        this.label = label;
        this.uiPath = uiPath;
    }

    /** The last part of the object's name, e.g. omh-RUN-queue. */
    public String namePart() {
        return namePart;
    }

    public String label() {
        return label;
    }

    /** Where an admin finds it in the product's UI (the list page; the receipt gives the id). */
    public String link(String appsUrl) {
        return appsUrl + uiPath;
    }
}
