package io.omharness.config;

/** Where the scenarios run: the embedded twin or real orgs. */
public enum Target {
    SANDBOX, REAL
}
