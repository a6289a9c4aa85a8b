package io.omharness.cli;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Examples;
import io.cucumber.messages.types.Feature;
import io.cucumber.messages.types.FeatureChild;
import io.cucumber.messages.types.GherkinDocument;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.PickleTag;
import io.cucumber.messages.types.Rule;
import io.cucumber.messages.types.RuleChild;
import io.cucumber.messages.types.Scenario;
import io.cucumber.messages.types.TableRow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The scenarios of one feature file as Cucumber sees them (parsed with Cucumber's own Gherkin parser):
 * their tags, and which line selects which of them. "file:LINE" runs what that line holds; a line that
 * holds nothing would make Cucumber run the whole file, so the CLI refuses it with this index.
 */
final class FeatureIndex {
    /** One scenario (or one example row of an outline) with every tag it inherits. */
    record Pick(String astId, String name, List<String> tags) {
    }

    private final Path file;
    private final List<Pick> scenarios = new ArrayList<>();
    /** Line → the scenarios it selects: Feature, Rule, Scenario (Outline), Examples and example-row lines. */
    private final Map<Integer, List<Pick>> byLine = new TreeMap<>();
    /** Lines that hold one scenario or example row, with what they hold, for the error message. */
    private final Map<Integer, String> scenarioLines = new TreeMap<>();

    private FeatureIndex(Path file) {
        this.file = file;
    }

    static FeatureIndex of(Path file) {
        FeatureIndex index = new FeatureIndex(file);
        List<Envelope> envelopes;
        try (Stream<Envelope> parsed = GherkinParser.builder().includeSource(false).build().parse(file)) {
            envelopes = parsed.toList();
        } catch (IOException e) {
            throw new CliOptions.UsageError("Cannot read " + file + ": " + e.getMessage() + ".");
        }
        for (Envelope e : envelopes) {
            e.getParseError().ifPresent(error -> {
                throw new CliOptions.UsageError(file + " is not valid Gherkin: " + error.getMessage()
                        + ". Fix the feature file (Cucumber could not run it either).");
            });
        }
        Map<String, Pick> byAstId = new LinkedHashMap<>();
        for (Envelope e : envelopes) {
            e.getPickle().ifPresent(p -> index.add(p, byAstId));
        }
        envelopes.stream().flatMap(e -> e.getGherkinDocument().stream()).map(GherkinDocument::getFeature)
                .flatMap(java.util.Optional::stream).forEach(f -> index.mapLines(f, byAstId));
        return index;
    }

    /** Every .feature file under a folder. */
    static List<FeatureIndex> allUnder(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".feature")).sorted().map(FeatureIndex::of).toList();
        } catch (IOException e) {
            throw new CliOptions.UsageError("Cannot read the feature files under " + dir + ": " + e.getMessage()
                    + ". Run ./harness from the project folder.");
        }
    }

    Path file() {
        return file;
    }

    List<Pick> scenarios() {
        return scenarios;
    }

    Set<String> tags() {
        Set<String> tags = new TreeSet<>();
        scenarios.forEach(s -> tags.addAll(s.tags()));
        return tags;
    }

    /** What a line selects; a line that selects nothing is refused naming the lines that do. */
    List<Pick> atLine(int line) {
        List<Pick> found = byLine.get(line);
        if (found == null || found.isEmpty()) {
            StringBuilder lines = new StringBuilder();
            scenarioLines.forEach((l, what) -> lines.append("\n  ").append(file).append(':').append(l).append("  ").append(what));
            throw new CliOptions.UsageError("Line " + line + " of " + file + " holds no scenario (Cucumber would run the "
                    + "whole file). Fix: use a line that starts a scenario or an example row:" + lines);
        }
        return found;
    }

    private void add(Pickle pickle, Map<String, Pick> byAstId) {
        // [scenario id] or, for an outline, [scenario id, example row id]
        List<String> ids = pickle.getAstNodeIds();
        String astId = ids.get(ids.size() - 1);
        Pick r = new Pick(astId, pickle.getName(), pickle.getTags().stream().map(PickleTag::getName).toList());
        byAstId.put(astId, r);
        scenarios.add(r);
    }

    private void mapLines(Feature feature, Map<String, Pick> byAstId) {
        List<Pick> all = new ArrayList<>();
        for (FeatureChild child : feature.getChildren()) {
            child.getScenario().ifPresent(s -> all.addAll(mapScenario(s, byAstId)));
            child.getRule().ifPresent(rule -> all.addAll(mapRule(rule, byAstId)));
        }
        byLine.computeIfAbsent(feature.getLocation().getLine().intValue(), l -> new ArrayList<>()).addAll(all);
    }

    private List<Pick> mapRule(Rule rule, Map<String, Pick> byAstId) {
        List<Pick> inRule = new ArrayList<>();
        for (RuleChild child : rule.getChildren()) {
            child.getScenario().ifPresent(s -> inRule.addAll(mapScenario(s, byAstId)));
        }
        byLine.computeIfAbsent(rule.getLocation().getLine().intValue(), l -> new ArrayList<>()).addAll(inRule);
        return inRule;
    }

    private List<Pick> mapScenario(Scenario scenario, Map<String, Pick> byAstId) {
        int line = scenario.getLocation().getLine().intValue();
        List<Pick> selected = new ArrayList<>();
        if (scenario.getExamples().isEmpty()) {
            Pick r = byAstId.get(scenario.getId());
            if (r != null) {
                selected.add(r);
                scenarioLines.put(line, scenario.getKeyword() + ": " + scenario.getName());
            }
        }
        for (Examples examples : scenario.getExamples()) {
            List<Pick> rows = new ArrayList<>();
            for (TableRow row : examples.getTableBody()) {
                Pick r = byAstId.get(row.getId());
                if (r != null) {
                    rows.add(r);
                    int rowLine = row.getLocation().getLine().intValue();
                    byLine.computeIfAbsent(rowLine, l -> new ArrayList<>()).add(r);
                    scenarioLines.put(rowLine, "example of " + scenario.getKeyword() + ": " + scenario.getName());
                }
            }
            byLine.computeIfAbsent(examples.getLocation().getLine().intValue(), l -> new ArrayList<>()).addAll(rows);
            selected.addAll(rows);
        }
        if (!scenario.getExamples().isEmpty() && !selected.isEmpty()) {
            scenarioLines.put(line, scenario.getKeyword() + ": " + scenario.getName() + " (all its examples)");
        }
        byLine.computeIfAbsent(line, l -> new ArrayList<>()).addAll(selected);
        return selected;
    }
}
