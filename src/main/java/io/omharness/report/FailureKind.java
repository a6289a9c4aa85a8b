package io.omharness.report;

/**
 * The three kinds of failed scenario the report separates, each its own category in categories.json.
 * The label starts the failure's trace ("Failure kind: ..."), which is what the category matches.
 */
public enum FailureKind {
    /** The product did not do what the guide says: an assertion on what it showed or answered. */
    PRODUCT_DEFECT("product defect"),
    /** The harness could not drive the UI or misused it: locators, timeouts, harness state, its own bugs. */
    HARNESS_DEFECT("locator or harness defect"),
    /** Nothing to fix in product or harness: the network, credentials, a browser that did not start, rate limits. */
    ENVIRONMENT("environment problem");

    private final String label;

    FailureKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The first line of the trace Allure stores, which the category's traceRegex matches. */
    public String marker() {
        return "Failure kind: " + label;
    }
}
