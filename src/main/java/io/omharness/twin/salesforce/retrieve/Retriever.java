package io.omharness.twin.salesforce.retrieve;

import io.omharness.twin.salesforce.model.RetrieveFailure;

import io.omharness.twin.salesforce.org.SalesforceOrg;
import io.omharness.twin.salesforce.model.SyncResult;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/** Retrieve Options: read Genesys Cloud, check the queue limit, then make the org's records mirror it. */
public final class Retriever {
    private final GenesysSource source;

    public Retriever(GenesysSource source) {
        this.source = source;
    }

    public CompletableFuture<SyncResult> retrieve(SalesforceOrg org, int queueLimit) {
        if (!org.oauth().complete()) {
            return CompletableFuture.failedFuture(RetrieveFailure.notConfigured());
        }
        return source.fetch(org.oauth().connection(), queueLimit).thenApply(snapshot -> {
            if (snapshot.queues().size() > queueLimit) {
                throw RetrieveFailure.tooManyQueues(snapshot.queues().size(), queueLimit);
            }
            return org.records().mirror(snapshot, Instant.now());
        });
    }
}
