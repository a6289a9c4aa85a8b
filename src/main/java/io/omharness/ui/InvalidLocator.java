package io.omharness.ui;

/** The browser cannot evaluate the locator (e.g. its CSS does not parse): a mistake, reported at once, not as a timeout. */
public class InvalidLocator extends RuntimeException {
    public InvalidLocator(Locator locator, String problem) {
        super("Bad locator " + locator + " " + locator.spec() + ": " + problem);
    }
}
