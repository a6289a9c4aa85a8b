package io.omharness.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Turns a line of a feature file into the line Cucumber selects by: a line inside a scenario (a step,
 * a comment) means that scenario, a line in an Examples table means that example. Cucumber itself
 * runs the whole feature for a line that starts no scenario.
 */
final class FeatureLines {
    private FeatureLines() {
    }

    static int scenarioAt(Path feature, int line) {
        try {
            return scenarioAt(Files.readAllLines(feature), line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int scenarioAt(List<String> lines, int line) {
        if (line < 1 || line > lines.size()) {
            throw new CliOptions.UsageError("Line " + line + " is outside the feature file (it has " + lines.size() + " lines).");
        }
        boolean inExamples = false;
        int scenario = -1;
        int examplesHeader = -1;
        for (int i = 1; i <= line; i++) {
            String t = lines.get(i - 1).trim();
            if (t.matches("(Scenario|Scenario Outline|Scenario Template|Example):.*")) {
                scenario = i;
                inExamples = false;
            } else if (t.matches("(Examples|Scenarios):.*")) {
                inExamples = true;
                examplesHeader = -1;
            } else if (inExamples && t.startsWith("|")) {
                if (examplesHeader < 0) {
                    examplesHeader = i;
                } else if (i == line) {
                    return line; // one example row
                }
            } else if (t.matches("(Feature|Rule|Background):.*")) {
                scenario = -1;
                inExamples = false;
            }
        }
        if (scenario < 0) {
            return line; // the feature or a rule: Cucumber runs all of it, as asked
        }
        return scenario;
    }
}
