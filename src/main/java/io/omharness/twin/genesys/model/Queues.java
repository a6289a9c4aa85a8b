package io.omharness.twin.genesys.model;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/** Routing queues and their members. */
public final class Queues {
    public static final int MAX_MEMBERS_PER_CALL = 100;
    private final Object lock;
    private final Clock clock;
    private final Users users;
    private final Ref division;
    private final Map<String, Queue> byId = new LinkedHashMap<>();
    private final Consistency<Queue.QueueJson> listed;

    public Queues(Object lock, Clock clock, Users users, Ref division) {
        this.lock = lock;
        this.clock = clock;
        this.users = users;
        this.division = division;
        this.listed = new Consistency<>(clock);
    }

    public Queue.QueueJson create(String name, String description) {
        synchronized (lock) {
            String checked = uniqueName(name, null);
            Queue queue = new Queue(UUID.randomUUID().toString(), checked, description, clock.instant());
            byId.put(queue.id, queue);
            listed.changed(queue.id, queue.json(division));
            return queue.json(division);
        }
    }

    public Queue.QueueJson get(String id) {
        synchronized (lock) {
            return require(id).json(division);
        }
    }

    public Optional<Queue.QueueJson> find(String id) {
        synchronized (lock) {
            return Optional.ofNullable(id == null ? null : byId.get(id)).map(q -> q.json(division));
        }
    }

    public List<Queue.QueueJson> list(String name) {
        return list(name, Duration.ZERO);
    }

    /** Queues whose name matches, as a list shows them `lag` after their latest changes. */
    public List<Queue.QueueJson> list(String name, Duration lag) {
        Predicate<String> filter = Names.filter(name);
        synchronized (lock) {
            return listed.listed(lag, id -> Optional.ofNullable(byId.get(id)).map(q -> q.json(division))).stream()
                    .filter(q -> filter.test(q.name())).sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
        }
    }

    public Queue.QueueJson update(String id, String name, String description) {
        synchronized (lock) {
            Queue queue = require(id);
            queue.name = uniqueName(name, id);
            queue.description = description;
            queue.modified = clock.instant();
            listed.changed(id, queue.json(division));
            return queue.json(division);
        }
    }

    public void delete(String id) {
        synchronized (lock) {
            if (byId.remove(id) == null) {
                throw GenesysError.notFound("Queue", id);
            }
            listed.changed(id, null);
        }
    }

    public List<Queue.MemberJson> members(String id) {
        synchronized (lock) {
            return require(id).members().stream().map(users::require)
                    .map(u -> new Queue.MemberJson(u.id(), u.name(), u.ref(), true, "user", u.ref().selfUri()))
                    .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
        }
    }

    /** Adds (or with remove=true removes) up to 100 users per call, as the real bulk endpoint. */
    public void changeMembers(String id, List<String> userIds, boolean remove) {
        if (userIds.size() > MAX_MEMBERS_PER_CALL) {
            throw GenesysError.badRequest("At most " + MAX_MEMBERS_PER_CALL + " members can be changed per request.");
        }
        synchronized (lock) {
            Queue queue = require(id);
            for (String userId : userIds) {
                if (users.byId(userId).isEmpty()) {
                    throw GenesysError.badRequest("User " + userId + " not found.");
                }
            }
            if (remove) {
                userIds.forEach(queue.memberIds::remove);
            } else {
                queue.memberIds.addAll(userIds);
            }
            queue.modified = clock.instant();
        }
    }

    private Queue require(String id) {
        Queue queue = id == null ? null : byId.get(id);
        if (queue == null) {
            throw GenesysError.notFound("Queue", id);
        }
        return queue;
    }

    private String uniqueName(String name, String exceptId) {
        String checked = Names.required(name, "queue");
        boolean taken = byId.values().stream().anyMatch(q -> !q.id.equals(exceptId) && Names.same(q.name, checked));
        if (taken) {
            throw GenesysError.badRequest("A queue with the name '" + checked + "' already exists.");
        }
        return checked;
    }

    /** For the seed: the org's own objects existed long before anyone lists them. */
    public void settleLists() {
        synchronized (lock) {
            listed.settle();
        }
    }
}
