package io.omharness.genesys;

/** The page went to the login form: the Genesys Cloud session has expired. Logging in again resumes. */
public final class SessionExpired extends RuntimeException {
    public SessionExpired(String where) {
        super("The Genesys Cloud session has expired: " + where + " shows the login page");
    }
}
