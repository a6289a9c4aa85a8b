package io.omharness.twin.salesforce.retrieve;

import io.omharness.twin.salesforce.model.RetrieveFailure;

import io.omharness.twin.salesforce.model.GenesysSnapshot;
import io.omharness.twin.salesforce.model.OAuthSettings;

import java.util.concurrent.CompletableFuture;

/** Reads the queues and open messaging integrations of a Genesys Cloud org. Fails with {@link RetrieveFailure}. */
public interface GenesysSource {
    /** @param queueLimit more queues than this fail the retrieval (the source may stop reading early) */
    CompletableFuture<GenesysSnapshot> fetch(OAuthSettings.Connection connection, int queueLimit);
}
