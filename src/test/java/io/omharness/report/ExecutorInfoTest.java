package io.omharness.report;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ExecutorInfoTest {

    @Test
    void githubActionsGivesTheRunsUrl() {
        Map<String, Object> e = ExecutorInfo.describe(Map.of("GITHUB_ACTIONS", "true", "CI", "true",
                "GITHUB_SERVER_URL", "https://github.com", "GITHUB_REPOSITORY", "acme/omh", "GITHUB_RUN_ID", "42",
                "GITHUB_WORKFLOW", "verify", "GITHUB_RUN_NUMBER", "7"), "r1", 3);
        assertThat(e).containsEntry("type", "github").containsEntry("buildOrder", 3)
                .containsEntry("buildUrl", "https://github.com/acme/omh/actions/runs/42")
                .containsEntry("buildName", "verify #7 · run r1");
    }

    @Test
    void aPersonsMachineIsLocalWithoutBuildUrl() {
        Map<String, Object> e = ExecutorInfo.describe(Map.of("USER", "ann"), "r2", 1);
        assertThat(e).containsEntry("type", "local").containsEntry("name", "local (ann)").doesNotContainKey("buildUrl");
    }
}
