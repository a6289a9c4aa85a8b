package io.omharness.poll;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Waits for a condition by probing it on a schedule: no thread sleeps, the caller blocks only on the
 * result. A probe that throws ends the wait with that error (transient API errors are retried by the
 * client before they reach a probe).
 */
public final class Poll {

    private Poll() {
    }

    public static final class Timeout extends RuntimeException {
        Timeout(String message) {
            super(message);
        }
    }

    /** The first present value of the probe, or {@link Timeout} naming what was awaited. */
    public static <T> T until(String description, Duration timeout, Duration interval, Supplier<Optional<T>> probe) {
        CompletableFuture<T> result = new CompletableFuture<>();
        // A scheduler per wait: a probe that waits itself (a list read that polls) or a slow probe in
        // another scenario never holds this wait up, as a shared poll thread would.
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "poll " + description);
            thread.setDaemon(true);
            return thread;
        });
        ScheduledFuture<?> task = scheduler.scheduleWithFixedDelay(() -> {
            try {
                probe.get().ifPresent(result::complete);
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        }, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        try {
            return result.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new Timeout("Timed out after " + timeout.toMillis() + " ms waiting for " + description);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + description, e);
        } finally {
            task.cancel(true);
            scheduler.shutdownNow();
        }
    }

    /** Waits until the condition holds. */
    public static void until(String description, Duration timeout, Supplier<Boolean> condition) {
        until(description, timeout, Duration.ofMillis(50), () -> condition.get() ? Optional.of(true) : Optional.empty());
    }
}
