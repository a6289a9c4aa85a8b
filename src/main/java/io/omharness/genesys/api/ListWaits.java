package io.omharness.genesys.api;

import io.omharness.poll.Poll;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * How the client reads eventually consistent lists: a new, renamed or deleted object shows in lists
 * only after a while, so a list is polled, never read once. await: the object must show within the
 * timeout. find: whether it shows within the settle time, after which its absence is believed.
 */
public record ListWaits(Duration timeout, Duration settle, Duration every) {
    public static final ListWaits DEFAULTS = new ListWaits(Duration.ofSeconds(60), Duration.ofSeconds(5), Duration.ofMillis(500));

    public <T> T await(String what, Supplier<Optional<T>> probe) {
        return Poll.until(what, timeout, every, probe);
    }

    /**
     * Absence is believed only from a read that began after the settle time: a slow read (the SDK
     * retrying a 429) must not pass for an empty list.
     */
    public <T> Optional<T> find(String what, Supplier<Optional<T>> probe) {
        long start = System.nanoTime();
        return Poll.until(what, timeout, every, () -> {
            boolean settled = System.nanoTime() - start >= settle.toNanos();
            Optional<T> found = probe.get();
            return found.isPresent() || settled ? Optional.of(found) : Optional.empty();
        });
    }
}
