package io.omharness.genesys;

/**
 * Where a person opens an object in the Genesys Cloud CX apps: the addresses the admin UI and
 * Architect themselves navigate to, for links from the report to what a run created.
 */
public final class AppLinks {
    private final String appsUrl;

    public AppLinks(String appsUrl) {
        this.appsUrl = appsUrl.endsWith("/") ? appsUrl.substring(0, appsUrl.length() - 1) : appsUrl;
    }

    public String queue(String id) {
        return appsUrl + "/directory/#/admin/routing/queues/" + id + "/general";
    }

    public String inboundMessageFlow(String id) {
        return appsUrl + "/architect/#/inboundshortmessage/" + id + "/edit";
    }

    /** The Platforms list: the integration is a row there (it has no page of its own). */
    public String platforms() {
        return appsUrl + "/directory/#/admin/messaging/platforms";
    }

    public String messageRouting() {
        return appsUrl + "/directory/#/admin/routing/message-routing";
    }
}
