package io.omharness.twin.salesforce.model;

import java.util.List;

/** What Retrieve Options read from Genesys Cloud: every queue and every open messaging integration. */
public record GenesysSnapshot(List<Entity> queues, List<Entity> integrations) {

    public GenesysSnapshot {
        queues = List.copyOf(queues);
        integrations = List.copyOf(integrations);
    }

    /** A Genesys Cloud object by its id and name. */
    public record Entity(String id, String name) {
    }
}
