package io.omharness.ui;

/** A wait found the browser on a login page: the session ended under the step (the app sent it there). */
public final class SignedOut extends RuntimeException {
    private final String url;

    public SignedOut(String url) {
        super("The session ended: the browser shows the login page " + url);
        this.url = url;
    }

    public String url() {
        return url;
    }
}
