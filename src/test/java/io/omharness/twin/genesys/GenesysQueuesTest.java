package io.omharness.twin.genesys;

import io.omharness.twin.genesys.org.GenesysOrg;

import io.omharness.twin.genesys.model.GenesysError;
import io.omharness.twin.genesys.model.Page;
import io.omharness.twin.genesys.model.Queue;
import io.omharness.twin.genesys.model.Queues;
import io.omharness.twin.genesys.model.User;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GenesysQueuesTest {
    private final GenesysOrg org = TestOrgs.org();

    @Test
    void seedsUsersAndQueuesWithTheAdminInNoQueue() {
        assertThat(org.users().list()).extracting(User::name)
                .containsExactly("Avery Agent", "Blake Supervisor", "Sandbox Admin");
        assertThat(org.queues().list(null)).extracting(Queue.QueueJson::name).containsExactly("Billing", "Sales", "Support");
        String support = org.queues().list("support").get(0).id();
        assertThat(org.queues().members(support)).extracting(Queue.MemberJson::name)
                .containsExactly("Avery Agent", "Blake Supervisor");
        assertThat(org.queues().list(null)).allSatisfy(q -> assertThat(org.queues().members(q.id()))
                .extracting(Queue.MemberJson::id).doesNotContain(org.admin().id()));
    }

    @Test
    void createsAQueueAndRefusesADuplicateNameInAnyCase() {
        Queue.QueueJson queue = org.queues().create("OMH Messaging", null);
        assertThat(queue.id()).hasSize(36);
        assertThat(queue.memberCount()).isZero();
        assertThatThrownBy(() -> org.queues().create("omh messaging", null))
                .isInstanceOf(GenesysError.class).hasMessageContaining("already exists")
                .extracting(e -> ((GenesysError) e).status()).isEqualTo(400);
        assertThatThrownBy(() -> org.queues().create(" ", null)).isInstanceOf(GenesysError.class);
    }

    @Test
    void addsAndRemovesMembersUpToOneHundredPerCall() {
        String id = org.queues().create("OMH Members", null).id();
        org.queues().changeMembers(id, List.of(org.admin().id()), false);
        assertThat(org.queues().get(id).memberCount()).isEqualTo(1);
        org.queues().changeMembers(id, List.of(org.admin().id()), true);
        assertThat(org.queues().members(id)).isEmpty();

        List<String> tooMany = new ArrayList<>(IntStream.range(0, 101).mapToObj(i -> org.admin().id()).toList());
        assertThatThrownBy(() -> org.queues().changeMembers(id, tooMany, false))
                .isInstanceOf(GenesysError.class).hasMessageContaining("100");
        assertThatThrownBy(() -> org.queues().changeMembers(id, List.of("no-such-user"), false))
                .isInstanceOf(GenesysError.class);
    }

    @Test
    void filtersNamesWithWildcardsAndPages() {
        for (int i = 1; i <= 30; i++) {
            org.queues().create(String.format("OMH Q%02d", i), null);
        }
        assertThat(org.queues().list("omh q*")).hasSize(30);
        assertThat(org.queues().list("*q1*")).hasSize(10);
        assertThat(org.queues().list("OMH Q05")).hasSize(1);
        assertThat(org.queues().list("OMH Q0")).isEmpty();

        Page<Queue.QueueJson> second = Page.of(org.queues().list("OMH*"), 25, 2, "/api/v2/routing/queues");
        assertThat(second.entities()).hasSize(5);
        assertThat(second.total()).isEqualTo(30);
        assertThat(second.pageCount()).isEqualTo(2);
        assertThat(Page.of(org.queues().list(null), null, null, "/x").pageSize()).isEqualTo(25);
        assertThatThrownBy(() -> Page.of(List.of(), 101, 1, "/x")).isInstanceOf(GenesysError.class);
        assertThatThrownBy(() -> Page.of(List.of(), 25, 0, "/x")).isInstanceOf(GenesysError.class);
    }

    @Test
    void renamesOnlyToAFreeNameAndDeletes() {
        String id = org.queues().create("OMH Rename", "d").id();
        assertThat(org.queues().update(id, "OMH Renamed", "e").name()).isEqualTo("OMH Renamed");
        assertThatThrownBy(() -> org.queues().update(id, "Support", null)).isInstanceOf(GenesysError.class);
        org.queues().delete(id);
        assertThatThrownBy(() -> org.queues().get(id)).isInstanceOf(GenesysError.class)
                .extracting(e -> ((GenesysError) e).status()).isEqualTo(404);
        assertThat(Queues.MAX_MEMBERS_PER_CALL).isEqualTo(100);
    }

    @Test
    void listsShowCreatesRenamesAndDeletesOnlyAfterTheLagWhileGetByIdIsImmediate() {
        TestOrgs.MovableClock clock = new TestOrgs.MovableClock();
        GenesysOrg lagging = TestOrgs.org(TestOrgs.fastSettings(), clock);
        java.time.Duration lag = java.time.Duration.ofSeconds(2);
        assertThat(lagging.queues().list(null, lag)).extracting(Queue.QueueJson::name).containsExactly("Billing", "Sales", "Support");

        Queue.QueueJson queue = lagging.queues().create("OMH Lag", null);
        assertThat(lagging.queues().list(null, lag)).extracting(Queue.QueueJson::name).doesNotContain("OMH Lag");
        assertThat(lagging.queues().get(queue.id()).name()).isEqualTo("OMH Lag");
        clock.advance(lag);
        assertThat(lagging.queues().list("OMH*", lag)).extracting(Queue.QueueJson::name).containsExactly("OMH Lag");

        lagging.queues().update(queue.id(), "OMH Renamed", null);
        assertThat(lagging.queues().list("OMH*", lag)).extracting(Queue.QueueJson::name).containsExactly("OMH Lag");
        clock.advance(lag);
        assertThat(lagging.queues().list("OMH*", lag)).extracting(Queue.QueueJson::name).containsExactly("OMH Renamed");

        lagging.queues().delete(queue.id());
        assertThatThrownBy(() -> lagging.queues().get(queue.id())).isInstanceOf(GenesysError.class);
        assertThat(lagging.queues().list("OMH*", lag)).extracting(Queue.QueueJson::name).containsExactly("OMH Renamed");
        clock.advance(lag);
        assertThat(lagging.queues().list("OMH*", lag)).isEmpty();
        assertThat(lagging.queues().list("OMH*")).isEmpty();
    }
}
