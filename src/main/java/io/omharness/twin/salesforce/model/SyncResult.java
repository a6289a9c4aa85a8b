package io.omharness.twin.salesforce.model;

/** What one retrieval changed, and how many records of each object the org now holds. */
public record SyncResult(int added, int updated, int removed, int queues, int integrations) {

    /** The success notification, e.g. "Options retrieved: 4 queues, 1 messaging integration." */
    public String message() {
        return "Options retrieved: " + queues + (queues == 1 ? " queue, " : " queues, ")
                + integrations + (integrations == 1 ? " messaging integration." : " messaging integrations.");
    }
}
