package io.omharness.twin.genesys.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.omharness.twin.genesys.model.GenesysError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** JSON in and out for the twin's API, with errors shaped like the Platform API's. */
public final class Http {
    public static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger LOG = LoggerFactory.getLogger(Http.class);

    private Http() {
    }

    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    public static void json(Context ctx, int status, Object body) {
        try {
            ctx.status(status).contentType("application/json").result(JSON.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON for " + body.getClass().getSimpleName(), e);
        }
    }

    public static JsonNode body(Context ctx) {
        try {
            String text = ctx.body();
            return text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text);
        } catch (JsonProcessingException e) {
            // The parser's message would echo the body, which may hold a secret token.
            throw GenesysError.badRequest("The request body is not valid JSON.");
        }
    }

    /** A text field of the body, or null when it is absent or JSON null. */
    public static String text(JsonNode body, String field) {
        JsonNode node = body.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }

    public static Integer intParam(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw GenesysError.badRequest("The " + name + " must be a number.");
        }
    }

    /** Runs a handler body, turning rule violations into API errors. */
    public static void execute(Context ctx, Work work) {
        try {
            work.run();
        } catch (GenesysError e) {
            error(ctx, e);
        } catch (Exception e) {
            LOG.warn("Twin API {} {} failed: {}", ctx.method(), ctx.path(), e.getClass().getName());
            error(ctx, new GenesysError(500, "internal.server.error", "The request could not be processed.", List.of()));
        }
    }

    public static void error(Context ctx, GenesysError e) {
        json(ctx, e.status(), errorBody(e));
    }

    /** The Platform API's ErrorBody: every field present, nested errors for the detail messages. */
    static Map<String, Object> errorBody(GenesysError e) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", e.getMessage());
        body.put("code", e.code());
        body.put("status", e.status());
        body.put("entityId", e.entityId());
        body.put("entityName", e.entityName());
        body.put("messageWithParams", e.messageWithParams());
        body.put("messageParams", e.messageParams());
        body.put("contextId", UUID.randomUUID().toString());
        body.put("details", List.of());
        body.put("errors", e.details().stream().map(m -> errorBody(new GenesysError(e.status(), e.code(), m, List.of())))
                .toList());
        return body;
    }
}
