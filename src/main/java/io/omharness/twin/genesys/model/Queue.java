package io.omharness.twin.genesys.model;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A routing queue; mutated only by {@link Queues} under the org lock. */
public final class Queue {
    final String id;
    String name;
    String description;
    final Set<String> memberIds = new LinkedHashSet<>();
    final Instant created;
    Instant modified;

    Queue(String id, String name, String description, Instant now) {
        this.id = id;
        this.name = name;
        this.description = description;
        this.created = now;
        this.modified = now;
    }

    QueueJson json(Ref division) {
        return new QueueJson(id, name, description, memberIds.size(), memberIds.size(),
                Timestamps.format(created), Timestamps.format(modified), division, "/api/v2/routing/queues/" + id);
    }

    List<String> members() {
        return new ArrayList<>(memberIds);
    }

    public record QueueJson(String id, String name, String description, int memberCount, int userMemberCount,
                            String dateCreated, String dateModified, Ref division, String selfUri) {
    }

    public record MemberJson(String id, String name, Ref user, boolean joined, String memberBy, String selfUri) {
    }
}
