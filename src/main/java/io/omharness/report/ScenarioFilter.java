package io.omharness.report;

import io.cucumber.tagexpressions.Expression;
import io.cucumber.tagexpressions.TagExpressionParser;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestTag;
import org.junit.platform.launcher.PostDiscoveryFilter;

import java.util.List;
import java.util.Locale;

/**
 * Removes the scenarios a run does not want before it starts, so that counts ([n/N]), JUnit XML and
 * Failsafe's reports list only what runs. Cucumber itself keeps the others and reports them as skipped.
 * <ul>
 *   <li>{@code cucumber.filter.tags}: the same tag expression Cucumber applies;</li>
 *   <li>{@code -Dscenario=TEXT}: scenarios whose name contains TEXT, in any case (Cucumber's
 *       {@code cucumber.filter.name} must match the whole name as a regular expression).</li>
 * </ul>
 * Registered for every launcher (META-INF/services); it reads system properties, ./harness passes its values.
 */
public final class ScenarioFilter implements PostDiscoveryFilter {
    public static final String NAME_PROPERTY = "scenario";
    private final Expression tags;
    private final String name;

    public ScenarioFilter() {
        this(System.getProperty("cucumber.filter.tags", ""), System.getProperty(NAME_PROPERTY, ""));
    }

    public ScenarioFilter(String tagExpression, String nameContains) {
        this.tags = tagExpression.isBlank() ? null : TagExpressionParser.parse(tagExpression);
        this.name = nameContains.trim().toLowerCase(Locale.ROOT);
    }

    @Override
    public FilterResult apply(TestDescriptor d) {
        if (!d.isTest() || !d.getUniqueId().toString().contains("[engine:cucumber]")) {
            return FilterResult.included("not a scenario");
        }
        List<String> scenarioTags = d.getTags().stream().map(TestTag::getName).map(t -> "@" + t).toList();
        if (tags != null && !tags.evaluate(scenarioTags)) {
            return FilterResult.excluded("its tags do not match " + tags);
        }
        if (!name.isEmpty() && !d.getDisplayName().toLowerCase(Locale.ROOT).contains(name)) {
            return FilterResult.excluded("its name does not contain '" + name + "'");
        }
        return FilterResult.included("selected");
    }
}
