package io.omharness.speed;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/** Wall time (and WebDriver commands, where counted) of each named call of one replayed flow. */
final class Timeline {
    /** One timed call: what it was, how long it took, how many WebDriver commands it issued (-1: not counted). */
    record Call(String phase, String name, long nanos, long commands) {
        double millis() {
            return nanos / 1e6;
        }
    }

    private final List<Call> calls = new ArrayList<>();
    private final LongSupplier commandCount;
    private final boolean screenshots;
    private String phase = "";

    Timeline(LongSupplier commandCount, boolean screenshots) {
        this.commandCount = commandCount;
        this.screenshots = screenshots;
    }

    static Timeline uncounted(boolean screenshots) {
        return new Timeline(() -> -1, screenshots);
    }

    /** Whether this run takes the screenshots the step definitions take. */
    boolean screenshots() {
        return screenshots;
    }

    /** Starts a part of the guide; both replays name their parts alike, so they compare part by part. */
    void phase(String name) {
        phase = name;
    }

    void step(String name, Runnable call) {
        time(name, () -> {
            call.run();
            return null;
        });
    }

    <T> T time(String name, Supplier<T> call) {
        long commandsBefore = commandCount.getAsLong();
        long start = System.nanoTime();
        try {
            return call.get();
        } finally {
            long nanos = System.nanoTime() - start;
            long commands = commandsBefore < 0 ? -1 : commandCount.getAsLong() - commandsBefore;
            if (Boolean.getBoolean("benchmark.trace")) {
                System.out.printf("[step] %6d ms %s / %s%n", nanos / 1_000_000, phase, name);
            }
            calls.add(new Call(phase, name, nanos, commands));
        }
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }

    long totalNanos() {
        return calls.stream().mapToLong(Call::nanos).sum();
    }

    long nanosOf(String name) {
        return calls.stream().filter(c -> c.name().equals(name)).mapToLong(Call::nanos).sum();
    }

    /** Wall time of one part of the guide (its screenshots included, when taken). */
    long phaseNanos(String name) {
        return calls.stream().filter(c -> c.phase().equals(name)).mapToLong(Call::nanos).sum();
    }

    long phaseCommands(String name) {
        return calls.stream().filter(c -> c.phase().equals(name)).mapToLong(Call::commands).sum();
    }
}
