package io.omharness.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Allure's executor.json: who ran the tests (a CI system, or "local" on a person's machine), the
 * run's id, the build's URL and number from the CI's environment. The build order numbers the
 * points of the trend charts.
 */
public final class ExecutorInfo {
    private ExecutorInfo() {
    }

    public static void write(Path results, Map<String, String> env, String runId, int buildOrder) {
        try {
            Files.createDirectories(results);
            Files.writeString(results.resolve("executor.json"), new ObjectMapper().writerWithDefaultPrettyPrinter()
                    .writeValueAsString(describe(env, runId, buildOrder)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> describe(Map<String, String> env, String runId, int buildOrder) {
        Map<String, Object> e = new LinkedHashMap<>();
        String buildUrl = null;
        String buildName = null;
        if (env.containsKey("GITHUB_ACTIONS")) {
            e.put("name", "GitHub Actions");
            e.put("type", "github");
            buildUrl = env.getOrDefault("GITHUB_SERVER_URL", "https://github.com") + "/" + env.get("GITHUB_REPOSITORY")
                    + "/actions/runs/" + env.get("GITHUB_RUN_ID");
            buildName = env.get("GITHUB_WORKFLOW") + " #" + env.get("GITHUB_RUN_NUMBER");
        } else if (env.containsKey("GITLAB_CI")) {
            e.put("name", "GitLab CI");
            e.put("type", "gitlab");
            buildUrl = env.get("CI_JOB_URL");
            buildName = env.get("CI_JOB_NAME") + " #" + env.get("CI_JOB_ID");
        } else if (env.containsKey("JENKINS_URL")) {
            e.put("name", "Jenkins");
            e.put("type", "jenkins");
            buildUrl = env.get("BUILD_URL");
            buildName = env.get("JOB_NAME") + " #" + env.get("BUILD_NUMBER");
        } else if (env.containsKey("CI")) {
            e.put("name", "CI");
            e.put("type", "ci");
            buildUrl = env.get("BUILD_URL");
        } else {
            e.put("name", "local (" + env.getOrDefault("USER", System.getProperty("user.name")) + ")");
            e.put("type", "local");
        }
        e.put("buildOrder", buildOrder);
        e.put("buildName", (buildName == null ? "run " + runId : buildName + " · run " + runId));
        if (buildUrl != null) {
            e.put("buildUrl", buildUrl);
        }
        e.put("reportName", "Open Messaging Harness · run " + runId);
        return e;
    }
}
