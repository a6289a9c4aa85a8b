package io.omharness.twin.salesforce;

import io.omharness.twin.salesforce.model.SalesforceObjects;
import io.omharness.twin.salesforce.org.SalesforceOrg;

import io.omharness.twin.salesforce.model.GenesysSnapshot;
import io.omharness.twin.salesforce.model.GenesysSnapshot.Entity;
import io.omharness.twin.salesforce.model.RetrieveFailure;
import io.omharness.twin.salesforce.model.Retrievals;
import io.omharness.twin.salesforce.retrieve.Retriever;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetrieverTest {
    private final SalesforceOrg org = new SalesforceOrg("acme", "pw");

    private static GenesysSnapshot queues(int n) {
        List<Entity> q = new ArrayList<>();
        for (int i = 0; i < n; i++) q.add(new Entity("q" + i, "Queue " + i));
        return new GenesysSnapshot(q, List.of(new Entity("i1", "Chat")));
    }

    @Test
    void withoutOAuthSettingsItAsksToConfigureThem() {
        Retriever retriever = new Retriever((c, limit) -> CompletableFuture.completedFuture(queues(1)));
        assertThatThrownBy(() -> retriever.retrieve(org, 1000).join())
                .satisfies(e -> assertThat(RetrieveFailure.of(e).getMessage()).contains("configure the Genesys Cloud OAuth settings"));
    }

    @Test
    void exactlyTheLimitIsFineButOneMoreFailsAndChangesNothing() {
        org.preconfigure("http://genesys.test", "id", "secret");
        Retriever atLimit = new Retriever((c, limit) -> CompletableFuture.completedFuture(queues(1000)));
        assertThat(atLimit.retrieve(org, 1000).join().queues()).isEqualTo(1000);

        Retriever overLimit = new Retriever((c, limit) -> CompletableFuture.completedFuture(queues(1001)));
        assertThatThrownBy(() -> overLimit.retrieve(org, 1000).join())
                .satisfies(e -> assertThat(RetrieveFailure.of(e).getMessage())
                        .isEqualTo("Retrieve Options failed: your Genesys Cloud organization has 1,001 queues. "
                                + "Retrieve Options supports at most 1,000 queues."));
        assertThat(org.records().of(SalesforceObjects.QUEUE_OBJECT)).hasSize(1000);
    }

    @Test
    void aRejectedClientBecomesThePackagesErrorAndTheRunReportsIt() throws Exception {
        org.preconfigure("http://genesys.test", "id", "wrong");
        Retriever rejected = new Retriever((c, limit) -> CompletableFuture.failedFuture(RetrieveFailure.rejectedCredentials(401)));
        Retrievals.Run run = org.retrievals().start(() -> rejected.retrieve(org, 1000));
        assertThat(run.state()).isEqualTo(Retrievals.State.RUNNING);
        assertThat(run.message()).isEqualTo("Retrieving options from Genesys Cloud\u2026");
        run.finished().get(5, TimeUnit.SECONDS);
        assertThat(run.state()).isEqualTo(Retrievals.State.FAILED);
        assertThat(run.message()).startsWith("Retrieve Options failed: Genesys Cloud rejected the OAuth client credentials (401).");
    }

    @Test
    void theConnectionNeverPrintsTheSecret() {
        org.preconfigure("http://genesys.test", "id", "s3cr3t-value");
        assertThat(org.oauth().connection().toString()).doesNotContain("s3cr3t-value");
        assertThat(org.oauth().view().toString()).doesNotContain("s3cr3t-value");
    }
}
