package io.omharness.cli;

import java.nio.file.Path;

/** Where the CLI finds the feature files and writes the reports (the project folder's, unless a test says otherwise). */
record Workspace(Path features, Path reports) {
    static Workspace current() {
        return new Workspace(Path.of("features"), Path.of("reports"));
    }

    Path results() {
        return reports.resolve("allure-results");
    }
}
