package io.omharness.genesys.api;

/** A Platform API call that failed: what the harness tried, the status and the API's own message. */
public final class GenesysApiException extends RuntimeException {
    private final int status;

    public GenesysApiException(String message) {
        this(message, 0, null);
    }

    public GenesysApiException(String message, Throwable cause) {
        this(message, 0, cause);
    }

    public GenesysApiException(String message, int status, Throwable cause) {
        super(message, cause);
        this.status = status;
    }

    /** The HTTP status, or 0 when the API was not reached. */
    public int status() {
        return status;
    }
}
