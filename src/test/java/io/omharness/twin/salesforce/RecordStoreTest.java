package io.omharness.twin.salesforce;

import io.omharness.twin.salesforce.model.SalesforceObjects;

import io.omharness.twin.salesforce.model.GenesysSnapshot;
import io.omharness.twin.salesforce.model.GenesysSnapshot.Entity;
import io.omharness.twin.salesforce.model.RecordStore;
import io.omharness.twin.salesforce.model.SyncResult;
import io.omharness.twin.salesforce.model.SyncedRecord;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RecordStoreTest {
    private final RecordStore store = new RecordStore();
    private final Instant t1 = Instant.parse("2025-01-01T10:00:00Z");
    private final Instant t2 = Instant.parse("2025-01-01T11:00:00Z");

    @Test
    void firstRetrievalAddsOneRecordPerQueueAndIntegration() {
        SyncResult r = store.mirror(new GenesysSnapshot(List.of(new Entity("q1", "Support"), new Entity("q2", "Sales")),
                List.of(new Entity("i1", "Web Chat"))), t1);
        assertThat(r).isEqualTo(new SyncResult(3, 0, 0, 2, 1));
        assertThat(r.message()).isEqualTo("Options retrieved: 2 queues, 1 messaging integration.");
        assertThat(store.of(SalesforceObjects.QUEUE_OBJECT)).extracting(SyncedRecord::name).containsExactly("Sales", "Support");
        assertThat(store.of(SalesforceObjects.ENTITY_OBJECT)).singleElement()
                .satisfies(e -> assertThat(e.type()).isEqualTo(SalesforceObjects.TYPE_OPEN_MESSAGING));
        assertThat(store.all()).allSatisfy(x -> assertThat(x.id()).hasSize(18));
    }

    @Test
    void secondRetrievalUpdatesAddsAndRemovesWithoutDuplicates() {
        store.mirror(new GenesysSnapshot(List.of(new Entity("q1", "Support"), new Entity("q2", "Sales")),
                List.of(new Entity("i1", "Web Chat"))), t1);
        String supportId = store.of(SalesforceObjects.QUEUE_OBJECT).get(1).id();

        SyncResult r = store.mirror(new GenesysSnapshot(
                List.of(new Entity("q1", "Support Tier 1"), new Entity("q3", "Billing"), new Entity("q3", "Billing")),
                List.of()), t2);

        assertThat(r).isEqualTo(new SyncResult(1, 1, 2, 2, 0));
        assertThat(store.of(SalesforceObjects.QUEUE_OBJECT)).extracting(SyncedRecord::genesysId).containsExactly("q3", "q1");
        SyncedRecord support = store.of(SalesforceObjects.QUEUE_OBJECT).get(1);
        assertThat(support.id()).isEqualTo(supportId);
        assertThat(support.name()).isEqualTo("Support Tier 1");
        assertThat(support.created()).isEqualTo(t1);
        assertThat(support.retrievedAt()).isEqualTo(t2);
        assertThat(store.of(SalesforceObjects.ENTITY_OBJECT)).isEmpty();
    }

    @Test
    void aQueueAndAnIntegrationWithTheSameIdStayApart() {
        store.mirror(new GenesysSnapshot(List.of(new Entity("same", "Q")), List.of(new Entity("same", "I"))), t1);
        assertThat(store.all()).hasSize(2);
    }
}
