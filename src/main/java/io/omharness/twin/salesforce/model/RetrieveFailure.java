package io.omharness.twin.salesforce.model;

/** Why Retrieve Options failed, worded as the package's error banner shows it. */
public final class RetrieveFailure extends RuntimeException {
    private static final String PREFIX = "Retrieve Options failed: ";

    private RetrieveFailure(String message) {
        super(PREFIX + message, null, false, false);
    }

    public static RetrieveFailure notConfigured() {
        return new RetrieveFailure("configure the Genesys Cloud OAuth settings (base URL, Client ID and Client Secret) first.");
    }

    public static RetrieveFailure rejectedCredentials(int status) {
        return new RetrieveFailure("Genesys Cloud rejected the OAuth client credentials (" + status
                + "). Check the Client ID and Client Secret in Configure Genesys Cloud OAuth Settings.");
    }

    public static RetrieveFailure denied(String path, int status) {
        return new RetrieveFailure("Genesys Cloud denied access to " + path + " (" + status + "). The OAuth client needs "
                + "the permissions Routing > Queue > Search and Messaging > Integration > View.");
    }

    public static RetrieveFailure unreachable(String baseUrl, String cause) {
        return new RetrieveFailure("could not reach Genesys Cloud at " + baseUrl + " (" + cause + ").");
    }

    public static RetrieveFailure rateLimited(String path, int attempts) {
        return new RetrieveFailure("Genesys Cloud kept answering 429/503 for " + path + " after " + attempts
                + " attempts. Try again later.");
    }

    public static RetrieveFailure unexpected(String path, int status) {
        return new RetrieveFailure("Genesys Cloud answered " + status + " for " + path + ".");
    }

    public static RetrieveFailure tooManyQueues(long count, int limit) {
        return new RetrieveFailure("your Genesys Cloud organization has " + String.format("%,d", count)
                + " queues. Retrieve Options supports at most " + String.format("%,d", limit) + " queues.");
    }

    /** The failure behind a future's exception, or a generic one that names the cause. */
    public static RetrieveFailure of(Throwable error) {
        Throwable t = error;
        while ((t instanceof java.util.concurrent.CompletionException || t instanceof java.util.concurrent.ExecutionException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        return t instanceof RetrieveFailure f ? f : new RetrieveFailure("an unexpected error occurred ("
                + t.getClass().getSimpleName() + ").");
    }
}
