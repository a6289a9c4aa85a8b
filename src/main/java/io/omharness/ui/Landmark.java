package io.omharness.ui;

import java.util.Arrays;
import java.util.List;

/**
 * Something a page object expects to see on its page, as the Locator(s) it clicks or reads there:
 * what ./harness doctor checks on a real org before the first setup. {@link #either} for what shows
 * in one of several forms (e.g. a list, or the message that it is empty).
 */
public record Landmark(String name, List<Locator> anyOf) {

    public static Landmark of(Locator locator) {
        return new Landmark(locator.toString(), List.of(locator));
    }

    public static Landmark either(Locator... locators) {
        return new Landmark(String.join(" or ", Arrays.stream(locators).map(Locator::toString).toList()), List.of(locators));
    }

    /** Each locator as its own landmark. */
    public static List<Landmark> all(Locator... locators) {
        return Arrays.stream(locators).map(Landmark::of).toList();
    }
}
