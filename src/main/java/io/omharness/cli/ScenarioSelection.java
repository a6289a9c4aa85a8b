package io.omharness.cli;

import io.cucumber.tagexpressions.Expression;
import io.cucumber.tagexpressions.TagExpressionException;
import io.cucumber.tagexpressions.TagExpressionParser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Checks what a run would select before anything starts: the tag expression with Cucumber's own
 * parser, its tags against those the features use, the files and lines given, and that the whole
 * selection holds at least one scenario. Anything else is a {@link CliOptions.UsageError}.
 */
final class ScenarioSelection {
    static final String GRAMMAR = "Tag expressions combine tags (which start with @) with and, or, not and "
            + "parentheses, e.g. --tags \"@genesys and not @negative\" or --tags \"(@smoke or @e2e) and not @destructive\".";
    private static final Set<String> OPERATORS = Set.of("and", "or", "not", "(", ")");

    private ScenarioSelection() {
    }

    /**
     * Returns how many scenarios the run selects.
     *
     * @param userTags whether the tags came from the user (the default "not @wip" names a tag no feature uses)
     */
    static int check(Path featuresDir, String tags, boolean userTags, List<String> features) {
        Expression expression = parse(tags);
        List<FeatureIndex> all = FeatureIndex.allUnder(featuresDir);
        Set<String> known = new TreeSet<>();
        all.forEach(f -> known.addAll(f.tags()));
        if (userTags) {
            List<String> unknown = tagsIn(tags).stream().filter(t -> !known.contains(t)).toList();
            if (!unknown.isEmpty()) {
                throw new CliOptions.UsageError("No feature uses the tag" + (unknown.size() > 1 ? "s " : " ")
                        + String.join(", ", unknown) + ". Known tags: " + String.join(" ", known) + ".");
            }
        }
        Set<FeatureIndex.Pick> candidates = new LinkedHashSet<>();
        if (features.isEmpty()) {
            all.forEach(f -> candidates.addAll(f.scenarios()));
        }
        for (String feature : features) {
            candidates.addAll(selectedBy(feature));
        }
        List<FeatureIndex.Pick> selected = candidates.stream().filter(p -> expression.evaluate(p.tags())).toList();
        if (selected.isEmpty()) {
            String where = features.isEmpty() ? "" : " in " + String.join(" ", features) + " (whose scenarios carry "
                    + candidates.stream().flatMap(p -> p.tags().stream()).distinct().sorted().collect(Collectors.joining(" ")) + ")";
            throw new CliOptions.UsageError("--tags \"" + tags + "\" selects no scenario" + where
                    + ". Known tags: " + String.join(" ", known) + ". Fix: choose tags that the scenarios carry "
                    + "(and combines them: a scenario must carry both).");
        }
        return selected.size();
    }

    /** Cucumber's parser, plus what it lets through: an empty expression and a tag without @. */
    static Expression parse(String tags) {
        if (tags.isBlank()) {
            throw new CliOptions.UsageError("--tags needs an expression. " + GRAMMAR);
        }
        Expression expression;
        try {
            expression = TagExpressionParser.parse(tags);
        } catch (TagExpressionException e) {
            throw new CliOptions.UsageError("--tags \"" + tags + "\" is not a tag expression: " + e.getMessage() + " " + GRAMMAR);
        }
        List<String> bare = tokens(tags).stream().filter(t -> !OPERATORS.contains(t) && !t.startsWith("@")).toList();
        if (!bare.isEmpty()) {
            String fixed = tokens(tags).stream().map(t -> bare.contains(t) ? "@" + t : t)
                    .collect(Collectors.joining(" ")).replace("( ", "(").replace(" )", ")");
            throw new CliOptions.UsageError("--tags \"" + tags + "\": " + String.join(", ", bare)
                    + (bare.size() > 1 ? " are not tags" : " is not a tag") + " (tags start with @). Fix: --tags \"" + fixed + "\". " + GRAMMAR);
        }
        return expression;
    }

    private static List<FeatureIndex.Pick> selectedBy(String feature) {
        int colon = feature.lastIndexOf(':');
        boolean hasLine = colon > 0 && feature.substring(colon + 1).matches("\\d+");
        Path file = Path.of(hasLine ? feature.substring(0, colon) : feature);
        if (!Files.isRegularFile(file)) {
            throw new CliOptions.UsageError("No feature file " + file + ". Feature files are under features/.");
        }
        FeatureIndex index = FeatureIndex.of(file);
        return hasLine ? index.atLine(Integer.parseInt(feature.substring(colon + 1))) : index.scenarios();
    }

    private static List<String> tokens(String tags) {
        List<String> tokens = new ArrayList<>();
        for (String t : tags.replace("(", " ( ").replace(")", " ) ").trim().split("\\s+")) {
            if (!t.isEmpty()) {
                tokens.add(t);
            }
        }
        return tokens;
    }

    private static List<String> tagsIn(String tags) {
        return tokens(tags).stream().filter(t -> t.startsWith("@")).distinct().toList();
    }
}
