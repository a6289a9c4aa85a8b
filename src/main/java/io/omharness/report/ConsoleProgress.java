package io.omharness.report;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCase;
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
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Console progress while scenarios run, then a summary with where the evidence is. When one scenario
 * runs at a time each step prints the moment it finishes; when several run in parallel each
 * scenario's steps print together when it ends (never interleaved), with a [n/N] counter and a
 * running tally. It only prints: the run itself belongs to the lifecycle.
 */
public final class ConsoleProgress implements ConcurrentEventListener {
    private static final Path RESULTS = Path.of("reports", "allure-results");
    private final PrintStream out;
    private final Map<Status, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final Map<UUID, StringBuilder> buffered = new ConcurrentHashMap<>();
    private final Map<UUID, Integer> numbers = new ConcurrentHashMap<>();
    private final AtomicInteger startedScenarios = new AtomicInteger();
    private final AtomicInteger finishedScenarios = new AtomicInteger();
    private volatile ScenarioPlan.Plan plan = ScenarioPlan.current();
    private volatile Instant started = Instant.now();

    public ConsoleProgress() {
        this(System.out);
    }

    ConsoleProgress(PrintStream out) {
        this.out = out;
    }

    @Override
    public void setEventPublisher(EventPublisher publisher) {
        publisher.registerHandlerFor(TestRunStarted.class, this::start);
        publisher.registerHandlerFor(TestCaseStarted.class, this::scenarioStarted);
        publisher.registerHandlerFor(TestStepFinished.class, this::step);
        publisher.registerHandlerFor(TestCaseFinished.class, this::scenarioFinished);
        publisher.registerHandlerFor(TestRunFinished.class, this::finish);
    }

    private void start(TestRunStarted e) {
        started = e.getInstant();
        plan = ScenarioPlan.current();
    }

    private void scenarioStarted(TestCaseStarted e) {
        int n = startedScenarios.incrementAndGet();
        numbers.put(e.getTestCase().getId(), n);
        TestCase scenario = e.getTestCase();
        print(counter(n) + "▶ " + scenario.getName() + "  " + String.join(" ", scenario.getTags()));
    }

    private void step(TestStepFinished e) {
        String lines = stepLines(e);
        if (lines.isEmpty()) {
            return;
        }
        if (plan.sequential()) {
            print(lines.stripTrailing());
        } else {
            buffered.computeIfAbsent(e.getTestCase().getId(), id -> new StringBuilder()).append(lines);
        }
    }

    /** One line per Gherkin step (hooks only when they fail), plus the first line of a failure. */
    static String stepLines(TestStepFinished e) {
        Result result = e.getResult();
        StringBuilder lines = new StringBuilder();
        if (e.getTestStep() instanceof PickleStepTestStep step) {
            lines.append("    ").append(mark(result.getStatus())).append(' ').append(step.getStep().getKeyword())
                    .append(step.getStep().getText()).append("  (").append(time(result.getDuration())).append(")\n");
        } else if (result.getStatus() == Status.FAILED) {
            lines.append("    ✘ hook ").append(e.getTestStep().getCodeLocation()).append('\n');
        }
        if (result.getStatus() == Status.FAILED && result.getError() != null) {
            lines.append("      ").append(firstLine(result.getError().getMessage())).append('\n');
        }
        return lines.toString();
    }

    private void scenarioFinished(TestCaseFinished e) {
        Status status = e.getResult().getStatus();
        counts.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
        int done = finishedScenarios.incrementAndGet();
        UUID id = e.getTestCase().getId();
        StringBuilder steps = buffered.remove(id);
        Integer n = numbers.remove(id);
        String head = counter(n == null ? done : n) + mark(status) + " " + status + "  " + e.getTestCase().getName()
                + "  " + seconds(e.getResult().getDuration());
        if (!plan.sequential()) {
            head += "   " + tally(done);
        }
        print(steps == null ? head : head + "\n" + steps.toString().stripTrailing());
    }

    /** "4/12 done: 3 passed, 1 failed · 2 running". */
    String tally(int done) {
        StringBuilder t = new StringBuilder("(" + done + (plan.total() > 0 ? "/" + plan.total() : "") + " done: "
                + count(Status.PASSED) + " passed, " + count(Status.FAILED) + " failed");
        if (count(Status.SKIPPED) > 0) {
            t.append(", ").append(count(Status.SKIPPED)).append(" skipped");
        }
        int running = startedScenarios.get() - done;
        return t.append(running > 0 ? " · " + running + " running)" : ")").toString();
    }

    private String counter(int n) {
        return "[" + n + (plan.total() > 0 ? "/" + plan.total() : "") + "] ";
    }

    private void finish(TestRunFinished e) {
        Duration total = Duration.between(started, e.getInstant());
        print("");
        print("Scenarios: " + count(Status.PASSED) + " passed, " + count(Status.FAILED) + " failed, "
                + count(Status.SKIPPED) + " skipped, " + (count(Status.UNDEFINED) + count(Status.PENDING))
                + " undefined/pending; total " + seconds(total));
        print("Allure results: " + RESULTS.toAbsolutePath());
    }

    private int count(Status status) {
        AtomicInteger n = counts.get(status);
        return n == null ? 0 : n.get();
    }

    private synchronized void print(String line) {
        out.println(Redactor.redact(line));
        out.flush();
    }

    private static String mark(Status status) {
        return switch (status) {
            case PASSED -> "✔";
            case FAILED -> "✘";
            case SKIPPED -> "↷";
            default -> "?";
        };
    }

    private static String time(Duration d) {
        return d.toMillis() < 1000 ? d.toMillis() + " ms" : seconds(d);
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
