package io.omharness.ui;

import java.util.List;

/**
 * A strict lookup found several visible elements: acting on one of them would be a guess. Thrown at
 * once, without waiting, naming the locator and every match so the fix (a scope) is obvious.
 */
public class AmbiguousLocator extends RuntimeException {
    public AmbiguousLocator(Locator locator, List<String> matches) {
        super("Ambiguous locator: " + locator + " matches " + matches.size() + " visible elements: "
                + String.join("; ", numbered(matches)) + ". Scope it within the dialog, region or row that holds the one you mean.");
    }

    private static List<String> numbered(List<String> matches) {
        return java.util.stream.IntStream.range(0, matches.size()).mapToObj(i -> (i + 1) + ") " + matches.get(i)).toList();
    }
}
