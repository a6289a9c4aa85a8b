package io.omharness.twin.genesys.model;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Eventual consistency of LIST endpoints: a create, change or delete shows in lists only a lag after
 * it happened (the real org serves lists from a search index; GET by id is immediate). Each change is
 * remembered with the entity's state after it; a list shows, per entity, the newest state old enough.
 * Callers hold the org lock.
 */
public final class Consistency<J> {
    private record Change<J>(Instant at, J state) {
    }

    private final Clock clock;
    private final Map<String, Deque<Change<J>>> changes = new LinkedHashMap<>();

    public Consistency(Clock clock) {
        this.clock = clock;
    }

    /** Records the entity's state after a change; null means it was deleted. */
    void changed(String id, J state) {
        changes.computeIfAbsent(id, k -> new ArrayDeque<>()).addLast(new Change<>(clock.instant(), state));
    }

    /** For the seed: everything so far happened long ago and shows in lists already. */
    void settle() {
        changes.replaceAll((id, history) -> {
            Deque<Change<J>> settled = new ArrayDeque<>();
            settled.add(new Change<>(Instant.EPOCH, history.peekLast().state()));
            return settled;
        });
        changes.values().removeIf(history -> history.peekLast().state() == null);
    }

    /**
     * What a list shows now: entities whose newest visible state exists, as that state while a later
     * change is still in flight, else as they are now (fresh counts and statuses).
     */
    List<J> listed(Duration lag, Function<String, Optional<J>> current) {
        Instant seen = clock.instant().minus(lag);
        List<J> out = new ArrayList<>();
        Iterator<Map.Entry<String, Deque<Change<J>>>> entries = changes.entrySet().iterator();
        while (entries.hasNext()) {
            Map.Entry<String, Deque<Change<J>>> entry = entries.next();
            Deque<Change<J>> history = entry.getValue();
            while (history.size() > 1 && !Iterables.second(history).at().isAfter(seen)) {
                history.removeFirst();
            }
            Change<J> visible = history.peekFirst().at().isAfter(seen) ? null : history.peekFirst();
            boolean settled = history.size() == 1;
            if (visible != null && visible.state() == null && settled) {
                entries.remove();
                continue;
            }
            if (visible == null || visible.state() == null) {
                continue;
            }
            out.add(settled ? current.apply(entry.getKey()).orElse(visible.state()) : visible.state());
        }
        return out;
    }

    private static final class Iterables {
        static <T> T second(Deque<T> deque) {
            Iterator<T> it = deque.iterator();
            it.next();
            return it.next();
        }
    }
}
