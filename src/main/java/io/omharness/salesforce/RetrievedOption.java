package io.omharness.salesforce;

/** One row of the package's "Retrieved Options" table. */
public record RetrievedOption(String name, String genesysId, String type) {
}
