package io.omharness.twin.salesforce.api;

/** A query the REST API refuses, with the errorCode real orgs answer (MALFORMED_QUERY, INVALID_TYPE, INVALID_FIELD). */
public final class SoqlException extends RuntimeException {
    private final String errorCode;

    public SoqlException(String errorCode, String message) {
        super(message, null, false, false);
        this.errorCode = errorCode;
    }

    public String errorCode() {
        return errorCode;
    }
}
