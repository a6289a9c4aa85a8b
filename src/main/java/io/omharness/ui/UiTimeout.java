package io.omharness.ui;

/** A UI condition did not come true in time; the message says what was awaited and where. */
public class UiTimeout extends RuntimeException {
    public UiTimeout(String message, Throwable cause) {
        super(message, cause);
    }
}
