package io.omharness.twin.genesys.model;

import java.util.List;
import java.util.Map;

/**
 * A Platform API error: status, code and message as the real API answers, with the optional parts of
 * its ErrorBody (entity, message parameters) and nested errors (one per detail message).
 */
public final class GenesysError extends RuntimeException {
    private final int status;
    private final String code;
    private final List<String> details;
    private final String entityId;
    private final String entityName;
    private final String messageWithParams;
    private final Map<String, String> messageParams;

    public GenesysError(int status, String code, String message, List<String> details) {
        this(status, code, message, details, null, null, message, Map.of());
    }

    public GenesysError(int status, String code, String message, List<String> details, String entityId,
                        String entityName, String messageWithParams, Map<String, String> messageParams) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.details = List.copyOf(details);
        this.entityId = entityId;
        this.entityName = entityName;
        this.messageWithParams = messageWithParams;
        this.messageParams = Map.copyOf(messageParams);
    }

    public static GenesysError badRequest(String message) {
        return new GenesysError(400, "bad.request", message, List.of());
    }

    public static GenesysError notFound(String what, String id) {
        return new GenesysError(404, "not.found", what + " " + id + " not found.", List.of(), id, null,
                what + " {id} not found.", id == null ? Map.of() : Map.of("id", id));
    }

    public static GenesysError conflict(String message) {
        return new GenesysError(409, "conflict", message, List.of());
    }

    public int status() { return status; }
    public String code() { return code; }
    public List<String> details() { return details; }
    public String entityId() { return entityId; }
    public String entityName() { return entityName; }
    public String messageWithParams() { return messageWithParams; }
    public Map<String, String> messageParams() { return messageParams; }
}
