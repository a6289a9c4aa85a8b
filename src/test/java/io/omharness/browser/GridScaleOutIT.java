package io.omharness.browser;

import io.omharness.cli.ScenarioRunner;
import io.omharness.config.ConfigLoader;
import io.omharness.config.HarnessConfig;
import io.omharness.lifecycle.HarnessRun;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Scale-out on Selenium Grid: a hub and two nodes, each its own process, and the harness's own
 * scenario runner sending the smoke scenario and a Genesys scenario through the hub with
 * parallelism 2; the two browsers must run on different nodes. One slot per node: Grid 4.41's
 * distributor selects slots under a read lock, so requests that arrive together see the same loads
 * and fill one node's slots before the next node's (seen here with two slots per node).
 */
class GridScaleOutIT {
    private static final List<String> SCENARIOS = List.of("features/00_smoke.feature",
            "features/01_message_flow_and_open_messaging.feature:10");

    @Test
    void theHubSpreadsParallelScenariosOverTwoNodes() {
        try (LocalGrid grid = LocalGrid.hubAndNodes(2, 1, Duration.ofSeconds(60))) {
            List<GridStatus.Node> nodes = grid.status().nodes();
            assertThat(nodes).hasSize(2).extracting(GridStatus.Node::uri).doesNotHaveDuplicates();
            assertThat(nodes).allSatisfy(node -> {
                assertThat(node.availability()).isEqualTo("UP");
                assertThat(node.slots()).isEqualTo(1);
                assertThat(node.sessions()).isEmpty();
            });

            SessionsSeen seen = new SessionsSeen(grid.status());
            long failed;
            int browsers;
            try {
                HarnessConfig config = ConfigLoader.forThisProcess(Map.of("harness.profile", "sandbox",
                        "harness.browser.gridUrl", grid.url().toString(), "harness.parallelism", "2")).load();
                failed = runScenarios(config, seen);
                browsers = seen.total();
            } finally {
                seen.stop();
            }

            assertThat(failed).as("failed scenarios").isZero();
            assertThat(browsers).as("browser sessions the two scenarios opened on the grid").isEqualTo(2);
            assertThat(seen.byNode()).as("sessions per node").hasSize(2)
                    .allSatisfy((node, sessions) -> assertThat(sessions).hasSize(1));
        }
    }

    /** In this JVM, in a run started here (so the RunLifecycle plugin is not needed: no report files either). */
    private static long runScenarios(HarnessConfig config, SessionsSeen seen) {
        String plugins = System.setProperty("cucumber.plugin", "io.omharness.report.ConsoleProgress");
        try (HarnessRun run = HarnessRun.start(config)) {
            long failed = ScenarioRunner.run(config, "not @wip", SCENARIOS);
            seen.sampleNow(); // the pool's browsers are still open until the run closes
            return failed;
        } finally {
            if (plugins == null) {
                System.clearProperty("cucumber.plugin");
            } else {
                System.setProperty("cucumber.plugin", plugins);
            }
        }
    }

    /** Every session seen in a node's slots, sampled from /status while the scenarios run. */
    private static final class SessionsSeen {
        private final GridStatus status;
        private final Map<String, Set<String>> byNode = new ConcurrentHashMap<>();
        private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();

        SessionsSeen(GridStatus status) {
            this.status = status;
            sampler.scheduleWithFixedDelay(this::sampleQuietly, 0, 100, TimeUnit.MILLISECONDS);
        }

        void sampleNow() {
            for (GridStatus.Node node : status.nodes()) {
                byNode.computeIfAbsent(node.uri(), n -> ConcurrentHashMap.newKeySet()).addAll(node.sessions());
            }
        }

        private void sampleQuietly() {
            try {
                sampleNow();
            } catch (RuntimeException busy) {
                // a missed sample is fine: a session lives for many samples
            }
        }

        Map<String, Set<String>> byNode() {
            return byNode;
        }

        int total() {
            return byNode.values().stream().mapToInt(Set::size).sum();
        }

        void stop() {
            sampler.shutdownNow();
        }
    }
}
