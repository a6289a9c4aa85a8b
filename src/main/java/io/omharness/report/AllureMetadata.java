package io.omharness.report;

import io.qameta.allure.listener.TestLifecycleListener;
import io.qameta.allure.model.Label;
import io.qameta.allure.model.Link;
import io.qameta.allure.model.TestResult;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Fills in what the Allure Cucumber plugin leaves out, for every scenario (registered through
 * META-INF/services): a severity derived from the harness's tags, unless a severity tag
 * ({@code @critical}, {@code @SEVERITY=minor}) sets one; and a link to the guide's step in
 * reports/guide.html, found from the feature (a section of the guide) and the scenario's step numbers.
 */
public final class AllureMetadata implements TestLifecycleListener {
    /** Relative to reports/allure-report/index.html. */
    static final String GUIDE = "../guide.html";
    private static final Pattern STEPS = Pattern.compile("^(\\d+)(?:-(\\d+))?\\.\\s");

    @Override
    public void beforeTestStop(TestResult result) {
        Set<String> tags = result.getLabels().stream().filter(l -> "tag".equals(l.getName()))
                .map(l -> l.getValue().startsWith("@") ? l.getValue().substring(1) : l.getValue())
                .collect(Collectors.toSet());
        if (result.getLabels().stream().noneMatch(l -> "severity".equals(l.getName()))) {
            result.getLabels().add(new Label().setName("severity").setValue(severity(tags)));
        }
        feature(result.getLabels()).flatMap(f -> guideLink(f, result.getName()))
                .ifPresent(link -> result.getLinks().add(link));
        result.getLinks().addAll(CreatedObjects.takeLinks());
    }

    /** @smoke: nothing else can run without it; @e2e: the whole guide; @negative: a refusal the product makes. */
    static String severity(Set<String> tags) {
        if (tags.contains("smoke")) {
            return "blocker";
        }
        if (tags.contains("e2e")) {
            return "critical";
        }
        if (tags.contains("negative") || tags.contains("sandbox-only")) {
            return "minor";
        }
        return "normal";
    }

    static Optional<Link> guideLink(String feature, String scenario) {
        Optional<String> section = GuideText.sectionTitled(feature);
        if (section.isEmpty()) {
            return feature.toLowerCase().contains("whole guide")
                    ? Optional.of(link("The guide, illustrated by this run", GUIDE)) : Optional.empty();
        }
        Matcher steps = STEPS.matcher(scenario == null ? "" : scenario);
        if (!steps.find()) {
            return Optional.of(link("Guide: " + section.get(), GUIDE + "#" + GuideText.anchor(section.get(), 0)));
        }
        int first = Integer.parseInt(steps.group(1));
        String range = steps.group(2) == null ? "step " + first : "steps " + first + "-" + steps.group(2);
        return Optional.of(link("Guide: " + section.get() + ", " + range, GUIDE + "#" + GuideText.anchor(section.get(), first)));
    }

    private static Optional<String> feature(List<Label> labels) {
        return labels.stream().filter(l -> "feature".equals(l.getName())).map(Label::getValue).findFirst();
    }

    private static Link link(String name, String url) {
        return new Link().setName(name).setUrl(url).setType("guide");
    }
}
