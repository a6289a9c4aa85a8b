package io.omharness.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The tags used in features/, so that a misspelt --tags fails at once instead of running nothing. */
final class TagCatalog {
    private static final Pattern TAG = Pattern.compile("@[A-Za-z0-9_.-]+");
    private final Set<String> known = new TreeSet<>();

    TagCatalog(Path featuresDir) {
        try (Stream<Path> files = Files.walk(featuresDir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".feature")).toList()) {
                for (String line : Files.readAllLines(file)) {
                    if (line.trim().startsWith("@")) {
                        known.addAll(tagsIn(line));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + featuresDir, e);
        }
    }

    /** The tags of the expression that no feature uses. */
    List<String> unknownIn(String expression) {
        return tagsIn(expression).stream().filter(t -> !known.contains(t)).toList();
    }

    Set<String> known() {
        return known;
    }

    private static List<String> tagsIn(String text) {
        Matcher m = TAG.matcher(text);
        return m.results().map(r -> r.group()).toList();
    }
}
