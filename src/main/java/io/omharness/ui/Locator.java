package io.omharness.ui;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a person would point at: a role and accessible name, a field by its label, or visible text.
 * Declared once at the top of a page object with a readable description, which is what reports show.
 * Plain CSS is only for selectors the real product documents as stable (e.g. Salesforce's {@code table.list}).
 * Locators are strict: an action or a read on one that matches several visible elements fails at once,
 * naming them (as Playwright's strict mode does); scope it {@link #within} the dialog, region or row.
 */
public final class Locator {
    private final String description;
    private final Map<String, Object> spec;

    private Locator(String description, Map<String, Object> spec) {
        this.description = description;
        this.spec = spec;
    }

    public static Locator role(String role, String name) {
        return of(role + " '" + name + "'", "role", role, "name", name);
    }

    public static Locator button(String name) {
        return role("button", name);
    }

    public static Locator link(String name) {
        return role("link", name);
    }

    public static Locator tab(String name) {
        return role("tab", name);
    }

    public static Locator menuItem(String name) {
        return role("menuitem", name);
    }

    public static Locator option(String name) {
        return role("option", name);
    }

    public static Locator heading(String name) {
        return role("heading", name);
    }

    public static Locator dialog(String name) {
        return role("dialog", name);
    }

    public static Locator anyOf(String role) {
        return of("any " + role, "role", role);
    }

    /** A text box, combobox or checkbox by its label (label element, aria-label, placeholder). */
    public static Locator field(String label) {
        return of("field '" + label + "'", "label", label);
    }

    public static Locator text(String text) {
        return of("text '" + text + "'", "text", text);
    }

    public static Locator css(String description, String css) {
        return of(description, "css", css);
    }

    /** A row (or other element with the role) whose text contains {@code text}. */
    public static Locator rowWith(String text) {
        return of("row with '" + text + "'", "role", "row", "hasText", text);
    }

    public Locator within(Locator container) {
        return with(description + " in " + container.description, "within", container.spec);
    }

    public Locator containing() {
        return with(description + " (partial)", "exact", false);
    }

    /**
     * Opts out of strictness: the first of several visible matches. Only for a question that any
     * match answers (e.g. "does the form show an error?"), never to pick a target to click or type into.
     */
    public Locator first() {
        return with(description + " (first of any)", "first", true);
    }

    /** Only matches whose text (as {@link #text} reads it) contains {@code text}, case-sensitively. */
    Locator showingText(String text) {
        return with(description + " showing '" + text + "'", "showsText", text);
    }

    public Locator enabledOnly() {
        return with(description, "enabled", true);
    }

    /** For {@link Ui#firstShown}-style waits: "shows" once nothing matches. */
    Locator absent() {
        return with(description + " gone", "absent", true);
    }

    Map<String, Object> spec() {
        return spec;
    }

    private Locator with(String newDescription, String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(spec);
        copy.put(key, value);
        return new Locator(newDescription, copy);
    }

    private static Locator of(String description, Object... pairs) {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("exact", true);
        for (int i = 0; i < pairs.length; i += 2) {
            spec.put((String) pairs[i], pairs[i + 1]);
        }
        return new Locator(description, spec);
    }

    @Override
    public String toString() {
        return description;
    }
}
