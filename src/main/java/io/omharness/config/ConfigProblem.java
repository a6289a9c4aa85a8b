package io.omharness.config;

/** Bad or missing configuration: its message names the key, where the value came from and how to fix it. */
public class ConfigProblem extends RuntimeException {
    public ConfigProblem(String message) {
        super(message);
    }
}
