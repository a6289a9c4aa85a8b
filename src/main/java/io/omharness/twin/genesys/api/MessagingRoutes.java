package io.omharness.twin.genesys.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.omharness.twin.genesys.model.OpenIntegrations;

/** Open messaging integrations and message-routing recipients. */
public final class MessagingRoutes {
    private static final String OPEN = "/api/v2/conversations/messaging/integrations/open";
    private static final String RECIPIENTS = "/api/v2/routing/message/recipients";
    private static final String URL = "outboundNotificationWebhookUrl";
    private static final String TOKEN = "outboundNotificationWebhookSignatureSecretToken";

    public void register(Javalin app, Api api) {
        // The real listing has no name filter: callers page through everything.
        app.get(OPEN, api.handler(call -> Http.json(call.ctx(), 200,
                DirectoryRoutes.page(call, call.org().integrations().list(call.listLag()), OPEN))));
        // Creation is asynchronous: 202, the body's createStatus is Initiated until the recipient exists.
        app.post(OPEN, api.handler(call -> {
            JsonNode body = Http.body(call.ctx());
            var settings = new OpenIntegrations.Settings(Http.text(body.path("supportedContent"), "id"),
                    Http.text(body.path("messagingSetting"), "id"));
            Http.json(call.ctx(), 202, call.org().integrations().create(Http.text(body, "name"),
                    Http.text(body, URL), Http.text(body, TOKEN), settings, call.caller()));
        }));
        app.get(OPEN + "/{id}", api.handler(call -> Http.json(call.ctx(), 200,
                call.org().integrations().get(call.ctx().pathParam("id")))));
        app.patch(OPEN + "/{id}", api.handler(call -> {
            JsonNode body = Http.body(call.ctx());
            Http.json(call.ctx(), 200, call.org().integrations().update(call.ctx().pathParam("id"),
                    Http.text(body, "name"), Http.text(body, URL), Http.text(body, TOKEN), call.caller()));
        }));
        app.delete(OPEN + "/{id}", api.handler(call -> {
            call.org().integrations().delete(call.ctx().pathParam("id"));
            call.ctx().status(204);
        }));

        app.get(RECIPIENTS, api.handler(call -> Http.json(call.ctx(), 200, DirectoryRoutes.page(call,
                call.org().recipients().list(call.ctx().queryParam("messengerType"), call.ctx().queryParam("name"),
                        call.listLag()),
                RECIPIENTS))));
        app.get(RECIPIENTS + "/{id}", api.handler(call -> Http.json(call.ctx(), 200,
                call.org().recipients().get(call.ctx().pathParam("id")))));
        app.put(RECIPIENTS + "/{id}", api.handler(call -> {
            JsonNode flow = Http.body(call.ctx()).path("flow");
            String flowId = flow.isObject() ? Http.text(flow, "id") : null;
            Http.json(call.ctx(), 200, call.org().recipients().route(call.ctx().pathParam("id"), flowId));
        }));
    }
}
