package io.omharness.report;

import io.omharness.config.Redactor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * JUnit XML for CI dashboards: one testsuite per feature, one testcase per scenario, named as the
 * feature and the scenario are (not after a runner class). Written when the test plan finishes.
 */
public final class JUnitXmlReport implements TestExecutionListener {
    private final Path file;
    private final Map<String, Long> startedAt = new ConcurrentHashMap<>();
    private final List<Case> cases = java.util.Collections.synchronizedList(new ArrayList<>());
    private volatile TestPlan plan;

    record Case(String feature, String name, Duration time, String outcome, String message, String detail) {
    }

    public JUnitXmlReport(Path file) {
        this.file = file;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
    }

    @Override
    public void executionStarted(TestIdentifier id) {
        if (ScenarioPlan.isScenario(id)) {
            startedAt.put(id.getUniqueId(), System.nanoTime());
        }
    }

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
        if (ScenarioPlan.isScenario(id)) {
            cases.add(new Case(feature(id), id.getDisplayName(), Duration.ZERO, "skipped", reason, ""));
        }
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (!ScenarioPlan.isScenario(id)) {
            return;
        }
        Long start = startedAt.remove(id.getUniqueId());
        Duration time = Duration.ofNanos(start == null ? 0 : System.nanoTime() - start);
        Throwable error = result.getThrowable().orElse(null);
        String outcome = switch (result.getStatus()) {
            case SUCCESSFUL -> "passed";
            case ABORTED -> "skipped";
            case FAILED -> error instanceof AssertionError ? "failure" : "error";
        };
        cases.add(new Case(feature(id), id.getDisplayName(), time, outcome,
                error == null ? "" : String.valueOf(error.getMessage()), error == null ? "" : stackTrace(error)));
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, Redactor.redact(xml(List.copyOf(cases))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The scenario's feature: the ancestor just below the Cucumber engine. */
    private String feature(TestIdentifier id) {
        TestIdentifier current = id;
        while (plan != null) {
            TestIdentifier parent = plan.getParent(current).orElse(null);
            if (parent == null || parent.getUniqueId().endsWith("[engine:cucumber]")) {
                return current == id ? "features" : current.getDisplayName();
            }
            current = parent;
        }
        return "features";
    }

    static String xml(List<Case> cases) {
        Map<String, List<Case>> byFeature = new LinkedHashMap<>();
        cases.forEach(c -> byFeature.computeIfAbsent(c.feature(), f -> new ArrayList<>()).add(c));
        StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<testsuites name=\"Open Messaging Harness\"").append(totals(cases)).append(">\n");
        byFeature.forEach((feature, list) -> {
            x.append("  <testsuite name=\"").append(escape(feature)).append('"').append(totals(list)).append(">\n");
            for (Case c : list) {
                x.append("    <testcase classname=\"").append(escape(feature)).append("\" name=\"").append(escape(c.name()))
                        .append("\" time=\"").append(seconds(c.time())).append('"');
                switch (c.outcome()) {
                    case "passed" -> x.append("/>\n");
                    case "skipped" -> x.append(">\n      <skipped message=\"").append(escape(c.message())).append("\"/>\n    </testcase>\n");
                    default -> x.append(">\n      <").append(c.outcome()).append(" message=\"").append(escape(c.message()))
                            .append("\">").append(escape(c.detail())).append("</").append(c.outcome()).append(">\n    </testcase>\n");
                }
            }
            x.append("  </testsuite>\n");
        });
        return x.append("</testsuites>\n").toString();
    }

    private static String totals(List<Case> cases) {
        long failures = cases.stream().filter(c -> c.outcome().equals("failure")).count();
        long errors = cases.stream().filter(c -> c.outcome().equals("error")).count();
        long skipped = cases.stream().filter(c -> c.outcome().equals("skipped")).count();
        double time = cases.stream().mapToLong(c -> c.time().toMillis()).sum() / 1000.0;
        return " tests=\"" + cases.size() + "\" failures=\"" + failures + "\" errors=\"" + errors + "\" skipped=\""
                + skipped + "\" time=\"" + String.format(java.util.Locale.ROOT, "%.3f", time) + "\"";
    }

    private static String seconds(Duration d) {
        return String.format(java.util.Locale.ROOT, "%.3f", d.toMillis() / 1000.0);
    }

    private static String stackTrace(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        return w.toString();
    }

    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (ch >= 0x20 || ch == '\n' || ch == '\t' || ch == '\r') {
                        out.append(ch);
                    }
                }
            }
        }
        return out.toString();
    }
}
