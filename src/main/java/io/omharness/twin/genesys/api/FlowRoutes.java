package io.omharness.twin.genesys.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.omharness.twin.tenant.Tenant;
import io.omharness.twin.genesys.model.FlowJobs;
import io.omharness.twin.genesys.model.GenesysError;
import io.omharness.twin.genesys.model.Page;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Architect flows: CRUD and lock actions, the asynchronous publish, Archy import jobs with their
 * presigned upload, and dependency tracking. Flow content is written only by imports and by the
 * Architect app (session-only endpoints under /architect/api), never through the Platform API.
 */
public final class FlowRoutes {
    private static final String FLOWS = "/api/v2/flows";
    private static final String JOBS = FLOWS + "/jobs";
    /** Where presigned uploads go: a storage path, not the API (the real one is an S3 presigned URL). */
    public static final String UPLOADS = "/architect-imports";
    private static final String EDITOR = "/architect/api/flows";

    public void register(Javalin app, Api api) {
        app.get(FLOWS, api.handler(call -> {
            Set<String> types = new LinkedHashSet<>();
            call.ctx().queryParams("type").forEach(t -> types.addAll(Arrays.asList(t.toLowerCase(Locale.ROOT).split(","))));
            types.removeIf(String::isBlank);
            Http.json(call.ctx(), 200, DirectoryRoutes.page(call,
                    call.org().flows().list(types, call.ctx().queryParam("name"), call.listLag()), FLOWS));
        }));
        app.post(FLOWS, api.handler(call -> {
            JsonNode body = Http.body(call.ctx());
            Http.json(call.ctx(), 200, call.org().flows().create(Http.text(body, "name"), Http.text(body, "type"),
                    Http.text(body, "description"), call.caller()));
        }));
        registerJobs(app, api);
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
            switch (call.ctx().pathParam("action")) {
                case "checkout" -> Http.json(call.ctx(), 200, flows.checkout(id, call.caller()));
                case "checkin" -> Http.json(call.ctx(), 200, flows.checkin(id, call.caller()));
                case "unlock" -> Http.json(call.ctx(), 200, flows.unlock(id));
                case "publish" -> {
                    // Publishing runs on: 202 and no body; the flow's currentOperation tells how it went.
                    flows.publish(id, call.caller());
                    call.ctx().status(202);
                }
                default -> throw GenesysError.notFound("Flow action", call.ctx().pathParam("action"));
            }
        }));
        app.get(FLOWS + "/{id}/latestconfiguration", api.handler(call -> Http.json(call.ctx(), 200,
                call.org().flows().latestConfiguration(call.ctx().pathParam("id")))));
        app.get("/api/v2/architect/dependencytracking/consumedresources", api.handler(call -> {
            String id = required(call.ctx(), "id");
            var found = call.org().flows().consumedResources(id, required(call.ctx(), "version"),
                    required(call.ctx(), "objectType"));
            List<String> types = call.ctx().queryParams("resourceType");
            Http.json(call.ctx(), 200, DirectoryRoutes.page(call, found.stream()
                    .filter(d -> types.isEmpty() || types.stream().anyMatch(t -> t.equalsIgnoreCase(d.type()))).toList(),
                    "/api/v2/architect/dependencytracking/consumedresources?id=" + id));
        }));
        app.post(EDITOR + "/{id}/versions", api.sessionHandler(call -> Http.json(call.ctx(), 200,
                call.org().flows().saveVersion(call.ctx().pathParam("id"), Http.body(call.ctx()), call.caller()))));
        app.get(EDITOR + "/{id}/validation", api.sessionHandler(call -> Http.json(call.ctx(), 200,
                call.org().flows().validate(call.ctx().pathParam("id")))));
    }

    private void registerJobs(Javalin app, Api api) {
        app.post(JOBS, api.handler(call -> {
            FlowJobs.Registration job = call.org().flowJobs().register(call.caller());
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("id", job.id());
            body.put("presignedUrl", origin(call.ctx()) + UPLOADS + "/" + job.id() + "/flow.yaml?X-Amz-Expires="
                    + FlowJobs.UPLOAD_EXPIRY.toSeconds() + "&X-Amz-Signature=" + job.signature());
            body.put("headers", FlowJobs.UPLOAD_HEADERS);
            body.put("selfUri", JOBS + "/" + job.id());
            Http.json(call.ctx(), 200, body);
        }));
        app.get(JOBS + "/{jobId}", api.handler(call -> Http.json(call.ctx(), 200, call.org().flowJobs().get(
                call.ctx().pathParam("jobId"), call.ctx().queryParams("expand").stream()
                        .anyMatch(e -> Arrays.asList(e.split(",")).contains("messages"))))));
        // The presigned upload: no bearer token, the one-time signature in the URL is the permission.
        app.put(UPLOADS + "/{jobId}/flow.yaml", ctx -> {
            String jobId = ctx.pathParam("jobId");
            boolean signedHeaders = FlowJobs.UPLOAD_HEADERS.entrySet().stream()
                    .allMatch(h -> h.getValue().equalsIgnoreCase(String.valueOf(ctx.header(h.getKey()))));
            Tenant tenant = api.tenants().all().stream().filter(t -> t.genesys().flowJobs().has(jobId)).findFirst().orElse(null);
            boolean accepted = tenant != null && signedHeaders && tenant.genesys().flowJobs().upload(jobId,
                    ctx.queryParam("X-Amz-Signature"), new String(ctx.bodyAsBytes(), StandardCharsets.UTF_8));
            if (!accepted) {
                ctx.status(403).contentType("application/xml").result("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<Error><Code>AccessDenied</Code><Message>Request has expired, was already used or its "
                        + "signature does not match</Message></Error>");
                return;
            }
            ctx.header("ETag", "\"" + Integer.toHexString(jobId.hashCode()) + "\"").status(200);
        });
    }

    private static String required(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            throw GenesysError.badRequest("The " + name + " query parameter is required.");
        }
        return value;
    }

    private static String origin(Context ctx) {
        return ctx.scheme() + "://" + ctx.host();
    }
}
