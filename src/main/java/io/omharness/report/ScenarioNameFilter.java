package io.omharness.report;

import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.launcher.PostDiscoveryFilter;

import java.util.Locale;

/**
 * {@code -Dscenario=TEXT}: keeps only the scenarios whose name contains TEXT (any case). Cucumber's own
 * {@code cucumber.filter.name} must match the whole name as a regular expression and reports every
 * other scenario as skipped; this removes them before the run instead. Registered for every launcher.
 */
public final class ScenarioNameFilter implements PostDiscoveryFilter {
    public static final String PROPERTY = "scenario";
    private final String wanted;

    public ScenarioNameFilter() {
        this(System.getProperty(PROPERTY, ""));
    }

    public ScenarioNameFilter(String wanted) {
        this.wanted = wanted.trim().toLowerCase(Locale.ROOT);
    }

    @Override
    public FilterResult apply(TestDescriptor descriptor) {
        if (wanted.isEmpty() || !descriptor.isTest() || !descriptor.getUniqueId().toString().contains("[engine:cucumber]")) {
            return FilterResult.included("no scenario name filter applies");
        }
        return FilterResult.includedIf(descriptor.getDisplayName().toLowerCase(Locale.ROOT).contains(wanted),
                () -> "name contains '" + wanted + "'", () -> "name does not contain '" + wanted + "'");
    }
}
