package io.omharness.report;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestCaseStarted;
import io.cucumber.plugin.event.TestRunFinished;
import io.cucumber.plugin.event.TestRunStarted;
import io.cucumber.plugin.event.TestStepFinished;
import io.omharness.config.Redactor;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Console progress while scenarios run (each step with its status and time, each scenario with its
 * total), then a summary with the report's path. It only prints: the run itself belongs to the lifecycle.
 */
public final class ConsoleProgress implements ConcurrentEventListener {
    private static final Path RESULTS = Path.of("reports", "allure-results");
    private final PrintStream out = System.out;
    private final Map<Status, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final Map<java.util.UUID, StringBuilder> steps = new ConcurrentHashMap<>();
    private Instant started = Instant.now();

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestRunStarted.class, this::start);
        publisher.registerHandlerFor(TestCaseStarted.class, e ->
                print("▶ started  " + e.getTestCase().getName() + "  " + e.getTestCase().getTags()));
        publisher.registerHandlerFor(TestStepFinished.class, this::step);
        publisher.registerHandlerFor(TestCaseFinished.class, this::scenario);
        publisher.registerHandlerFor(TestRunFinished.class, this::finish);
    }

    private void start(TestRunStarted e) {
        started = e.getInstant();
    }

    /** Steps are collected per scenario and printed together, so parallel scenarios do not interleave. */
    private void step(TestStepFinished e) {
        Status status = e.getResult().getStatus();
        StringBuilder lines = steps.computeIfAbsent(e.getTestCase().getId(), id -> new StringBuilder());
        if (e.getTestStep() instanceof PickleStepTestStep step) {
            lines.append("    ").append(mark(status)).append(' ').append(step.getStep().getKeyword())
                    .append(step.getStep().getText()).append("  (").append(millis(e.getResult().getDuration())).append(")\n");
        } else if (status == Status.FAILED) {
            lines.append("    ✘ hook ").append(e.getTestStep().getCodeLocation()).append('\n');
        }
        if (status == Status.FAILED && e.getResult().getError() != null) {
            lines.append("      ").append(firstLine(e.getResult().getError().getMessage())).append('\n');
        }
    }

    private void scenario(TestCaseFinished e) {
        Status status = e.getResult().getStatus();
        counts.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
        StringBuilder lines = steps.remove(e.getTestCase().getId());
        print(mark(status) + " " + status + "  " + e.getTestCase().getName() + "  "
                + seconds(e.getResult().getDuration()) + "\n" + (lines == null ? "" : lines.toString().stripTrailing()));
    }

    private void finish(TestRunFinished e) {
        Duration total = Duration.between(started, e.getInstant());
        print("");
        print("Scenarios: " + count(Status.PASSED) + " passed, " + count(Status.FAILED) + " failed, "
                + count(Status.SKIPPED) + " skipped, " + (count(Status.UNDEFINED) + count(Status.PENDING))
                + " undefined/pending; total " + seconds(total));
        print("Allure results: " + RESULTS.toAbsolutePath());
        print("HTML report:    " + Path.of("reports", "allure-report", "index.html").toAbsolutePath()
                + " (built by mvn verify or ./harness report)");
    }

    private int count(Status status) {
        AtomicInteger n = counts.get(status);
        return n == null ? 0 : n.get();
    }

    private synchronized void print(String line) {
        out.println(Redactor.redact(line));
    }

    private static String mark(Status status) {
        return switch (status) {
            case PASSED -> "✔";
            case FAILED -> "✘";
            case SKIPPED -> "↷";
            default -> "?";
        };
    }

    private static String millis(Duration d) {
        return d.toMillis() + " ms";
    }

    private static String seconds(Duration d) {
        return String.format("%.1f s", d.toMillis() / 1000.0);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
