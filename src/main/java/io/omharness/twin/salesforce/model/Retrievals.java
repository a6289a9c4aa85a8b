package io.omharness.twin.salesforce.model;


import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The org's Retrieve Options runs, which the settings page polls. A run shows its progress
 * notification for at least a moment, as the real package's does, even when Genesys answers at once.
 */
public final class Retrievals {
    private static final Duration MIN_VISIBLE = Duration.ofMillis(700);
    private final Map<String, Run> runs = new ConcurrentHashMap<>();
    private volatile Run current;

    /** Starts a run, or returns the one still running (a second click does not start a second sync). */
    public synchronized Run start(Supplier<CompletableFuture<SyncResult>> work) {
        if (current != null && current.state == State.RUNNING) {
            return current;
        }
        Run run = new Run(UUID.randomUUID().toString());
        runs.put(run.id, run);
        current = run;
        CompletableFuture<Void> shown = CompletableFuture.runAsync(() -> { },
                io.omharness.twin.core.SandboxTimers.after(MIN_VISIBLE));
        CompletableFuture<SyncResult> result;
        try {
            result = work.get();
        } catch (RuntimeException e) {
            result = CompletableFuture.failedFuture(e);
        }
        result.whenComplete((r, e) -> shown.thenRun(() -> run.finish(r, e)));
        return run;
    }

    public Optional<Run> run(String id) {
        return Optional.ofNullable(runs.get(id));
    }

    public enum State { RUNNING, SUCCEEDED, FAILED }

    public static final class Run {
        private final String id;
        private volatile State state = State.RUNNING;
        private volatile String message = "Retrieving options from Genesys Cloud\u2026";
        private final CompletableFuture<Run> finished = new CompletableFuture<>();

        Run(String id) {
            this.id = id;
        }

        private void finish(SyncResult result, Throwable error) {
            message = error == null ? result.message() : RetrieveFailure.of(error).getMessage();
            state = error == null ? State.SUCCEEDED : State.FAILED;
            finished.complete(this);
        }

        /** Completes when the run has succeeded or failed. */
        public CompletableFuture<Run> finished() {
            return finished;
        }

        public String id() { return id; }
        public State state() { return state; }
        public String message() { return message; }

        public Map<String, Object> view() {
            return Map.of("id", id, "state", state.name(), "message", message);
        }
    }
}
