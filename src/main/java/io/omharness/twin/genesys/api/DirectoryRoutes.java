package io.omharness.twin.genesys.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.omharness.twin.genesys.model.GenesysError;
import io.omharness.twin.genesys.model.Page;
import io.omharness.twin.genesys.model.User;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Users and routing queues with their members. */
public final class DirectoryRoutes {
    private static final String QUEUES = "/api/v2/routing/queues";

    public void register(Javalin app, Api api) {
        app.get("/api/v2/users/me", api.handler(call -> {
            if (!call.caller().isUser()) {
                throw GenesysError.badRequest("This request requires a user context. "
                        + "Client credentials cannot be used for requests to this resource.");
            }
            User me = call.org().users().require(call.caller().userId());
            Map<String, Object> body = Http.JSON.convertValue(me.json(call.org().division()),
                    new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() { });
            if (call.ctx().queryParams("expand").stream().anyMatch(e -> List.of(e.split(",")).contains("organization"))) {
                body.put("organization", Map.of("id", call.tenant().id(), "name", call.tenant().orgName(),
                        "selfUri", "/api/v2/organizations/" + call.tenant().id()));
            }
            Http.json(call.ctx(), 200, body);
        }));
        app.get("/api/v2/users", api.handler(call -> {
            // no name filter (as the real API); `id` (repeatable) asks for those users only
            List<String> ids = call.ctx().queryParams("id");
            var users = call.org().users().list().stream().filter(u -> ids.isEmpty() || ids.contains(u.id()))
                    .map(u -> u.json(call.org().division())).toList();
            Http.json(call.ctx(), 200, page(call, users, "/api/v2/users"));
        }));
        app.post("/api/v2/users/search", api.handler(call -> Http.json(call.ctx(), 200,
                UserSearch.answer(call.org(), Http.body(call.ctx())))));
        app.get("/api/v2/users/{id}", api.handler(call -> Http.json(call.ctx(), 200,
                call.org().users().require(call.ctx().pathParam("id")).json(call.org().division()))));

        app.get(QUEUES, api.handler(call -> Http.json(call.ctx(), 200,
                page(call, call.org().queues().list(call.ctx().queryParam("name"), call.listLag()), QUEUES))));
        app.post(QUEUES, api.handler(call -> {
            JsonNode body = Http.body(call.ctx());
            Http.json(call.ctx(), 200, call.org().queues().create(Http.text(body, "name"), Http.text(body, "description")));
        }));
        app.get(QUEUES + "/{id}", api.handler(call -> Http.json(call.ctx(), 200,
                call.org().queues().get(call.ctx().pathParam("id")))));
        app.put(QUEUES + "/{id}", api.handler(call -> {
            JsonNode body = Http.body(call.ctx());
            Http.json(call.ctx(), 200, call.org().queues().update(call.ctx().pathParam("id"),
                    Http.text(body, "name"), Http.text(body, "description")));
        }));
        app.delete(QUEUES + "/{id}", api.handler(call -> {
            call.org().queues().delete(call.ctx().pathParam("id"));
            call.ctx().status(204);
        }));
        // Member listings carry no total or pageCount: clients page until an empty page.
        app.get(QUEUES + "/{id}/members", api.handler(call -> Http.json(call.ctx(), 200,
                Page.Unsized.of(call.org().queues().members(call.ctx().pathParam("id")),
                        Http.intParam(call.ctx(), "pageSize"), Http.intParam(call.ctx(), "pageNumber"),
                        QUEUES + "/" + call.ctx().pathParam("id") + "/members"))));
        app.post(QUEUES + "/{id}/members", api.handler(call -> {
            JsonNode body = Http.body(call.ctx());
            if (!body.isArray()) {
                throw GenesysError.badRequest("The body must be a list of members: [{\"id\": userId}].");
            }
            List<String> ids = new ArrayList<>();
            body.forEach(member -> ids.add(member.path("id").asText()));
            boolean remove = "true".equalsIgnoreCase(call.ctx().queryParam("delete"));
            call.org().queues().changeMembers(call.ctx().pathParam("id"), ids, remove);
            Http.json(call.ctx(), 200, Map.of());
        }));
    }

    static <T> Page<T> page(Api.Call call, List<T> all, String selfUri) {
        return Page.of(all, Http.intParam(call.ctx(), "pageSize"), Http.intParam(call.ctx(), "pageNumber"), selfUri);
    }
}
