package io.omharness.twin.salesforce.model;

import java.time.Instant;

/** A Genesys Cloud Queue or Genesys Cloud Entity record, as Retrieve Options stores it. */
public record SyncedRecord(String id, String object, String name, String genesysId, String type,
                           Instant retrievedAt, Instant created, Instant modified) {

    SyncedRecord refreshed(String newName, Instant now) {
        return new SyncedRecord(id, object, newName, genesysId, type, now, created, now);
    }
}
