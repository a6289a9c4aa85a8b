package io.omharness.twin.genesys.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.omharness.twin.genesys.model.FlowValidation;
import io.omharness.twin.genesys.model.GenesysError;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** Architect flows: CRUD, lock actions, configuration versions, validation and publish. */
public final class FlowRoutes {
    private static final String FLOWS = "/api/v2/flows";

    public void register(Javalin app, Api api) {
        app.get(FLOWS, api.handler(call -> {
            Set<String> types = new LinkedHashSet<>();
            call.ctx().queryParams("type").forEach(t -> types.addAll(Arrays.asList(t.toLowerCase(Locale.ROOT).split(","))));
            types.removeIf(String::isBlank);
            Http.json(call.ctx(), 200, DirectoryRoutes.page(call,
                    call.org().flows().list(types, call.ctx().queryParam("name")), FLOWS));
        }));
        app.post(FLOWS, api.handler(call -> {
            JsonNode body = Http.body(call.ctx());
            Http.json(call.ctx(), 200, call.org().flows().create(Http.text(body, "name"), Http.text(body, "type"),
                    Http.text(body, "description"), call.caller()));
        }));
        app.get(FLOWS + "/{id}", api.handler(call -> Http.json(call.ctx(), 200,
                call.org().flows().get(call.ctx().pathParam("id")))));
        app.delete(FLOWS + "/{id}", api.handler(call -> {
            call.org().deleteFlow(call.ctx().pathParam("id"), call.caller());
            call.ctx().status(204);
        }));
        app.post(FLOWS + "/actions/{action}", api.handler(call -> {
            String id = call.ctx().queryParam("flow");
            if (id == null || id.isBlank()) {
                throw GenesysError.badRequest("The flow query parameter is required.");
            }
            var flows = call.org().flows();
            Object result = switch (call.ctx().pathParam("action")) {
                case "checkout" -> flows.checkout(id, call.caller());
                case "checkin" -> flows.checkin(id, call.caller());
                case "unlock" -> flows.unlock(id);
                case "publish" -> flows.publish(id, call.caller()).currentOperation();
                default -> throw GenesysError.notFound("Flow action", call.ctx().pathParam("action"));
            };
            Http.json(call.ctx(), 200, result);
        }));
        app.get(FLOWS + "/{id}/latestconfiguration", api.handler(call -> Http.json(call.ctx(), 200,
                call.org().flows().latestConfiguration(call.ctx().pathParam("id")))));
        app.post(FLOWS + "/{id}/versions", api.handler(call -> Http.json(call.ctx(), 200,
                call.org().flows().saveVersion(call.ctx().pathParam("id"), Http.body(call.ctx()), call.caller()))));
        app.get(FLOWS + "/{id}/validation", api.handler(call -> {
            FlowValidation validation = call.org().flows().validate(call.ctx().pathParam("id"));
            Http.json(call.ctx(), 200, validation);
        }));
    }
}
