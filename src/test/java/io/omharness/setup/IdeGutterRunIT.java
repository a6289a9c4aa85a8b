package io.omharness.setup;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A scenario run from the gutter of a .feature file: IntelliJ's and Eclipse's Cucumber plugins start
 * Cucumber's own command line (io.cucumber.core.cli.Main) with the step package as glue, their own
 * formatter and the scenario's line. That runner reads cucumber.properties, not junit-platform.properties;
 * the run must still leave the evidence ./harness leaves.
 */
class IdeGutterRunIT {
    private static final Path WORKSPACE = Path.of("target", "ide-gutter-run");

    @Test
    void aScenarioRunFromTheGutterLeavesTheSameEvidenceAsTheHarness() throws Exception {
        HarnessProcess.workspace(WORKSPACE);
        HarnessProcess gutter = HarnessProcess.startMain(WORKSPACE, "gutter", "io.cucumber.core.cli.Main", Map.of(),
                List.of("--plugin", "summary", "--glue", "io.omharness.steps", "features/00_smoke.feature:5"));

        assertThat(gutter.waitFor(Duration.ofMinutes(3))).as("exit code; output:%n%s", gutter.output()).isZero();
        Path results = WORKSPACE.resolve("reports/allure-results");
        assertThat(gutter.output()).as("the live console").contains("The sandbox serves its home page to a real browser")
                .contains("Run id");
        assertThat(results.resolve("environment.properties")).as("environment file").exists();
        List<String> scenarios = files(results, "-result.json").stream().map(IdeGutterRunIT::read)
                .filter(json -> json.contains("\"name\":\"The sandbox serves its home page to a real browser\"")).toList();
        assertThat(scenarios).as("one Allure result for the scenario").hasSize(1);
        assertThat(scenarios.get(0)).as("its status").contains("\"status\":\"passed\"");
        assertThat(files(results, "-attachment.jpg").size() + files(results, "-attachment.png").size())
                .as("screenshots attached to the scenario's steps").isPositive();
        assertThat(files(results, ".png").stream().filter(f -> !f.getFileName().toString().contains("-attachment")))
                .as("no stray screenshot outside Allure's attachments").isEmpty();
        assertThat(WORKSPACE.resolve("reports/rerun.txt")).as("rerun file").exists();
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix)).toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file).replace(": ", ":");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
