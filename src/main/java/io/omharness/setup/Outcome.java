package io.omharness.setup;

/** What a setup run did with one object. */
public enum Outcome {
    CREATED, REUSED, REPAIRED;

    public String word() {
        return name().toLowerCase();
    }
}
