package io.omharness.twin.genesys.model;

import java.util.List;

/** A Platform API error: the status, code and message the real API answers with. */
public final class GenesysError extends RuntimeException {
    private final int status;
    private final String code;
    private final List<String> details;

    public GenesysError(int status, String code, String message, List<String> details) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.details = List.copyOf(details);
    }

    public static GenesysError badRequest(String message) {
        return new GenesysError(400, "bad.request", message, List.of());
    }

    public static GenesysError notFound(String what, String id) {
        return new GenesysError(404, "not.found", what + " " + id + " not found.", List.of());
    }

    public static GenesysError conflict(String message) {
        return new GenesysError(409, "conflict", message, List.of());
    }

    public int status() { return status; }
    public String code() { return code; }
    public List<String> details() { return details; }
}
