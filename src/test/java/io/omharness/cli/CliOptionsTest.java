package io.omharness.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CliOptionsTest {

    @Test
    void optionsBecomeConfigOverrides() {
        CliOptions o = CliOptions.parse(new String[]{"verify", "--profile", "ci", "--headed", "--tags", "@smoke",
                "--seed", "7", "-Dharness.timeouts.ui=30s"});
        assertThat(o.command()).isEqualTo("verify");
        assertThat(o.tags()).contains("@smoke");
        assertThat(o.properties()).containsEntry("harness.profile", "ci")
                .containsEntry("harness.browser.headless", "false")
                .containsEntry("harness.sandbox.seed", "7")
                .containsEntry("harness.timeouts.ui", "30s");
    }

    @Test
    void featureFilesAndLinesSelectScenarios() {
        CliOptions o = CliOptions.parse(new String[]{"verify", "features/00_smoke.feature:6", "features/03_whole_guide.feature"});
        assertThat(o.features()).containsExactly("features/00_smoke.feature:6", "features/03_whole_guide.feature");
        assertThat(new HarnessCli(System.out).run(new String[]{"verify", "features/missing.feature:3"})).isEqualTo(2);
    }

    @Test
    void noCommandMeansHelp() {
        assertThat(CliOptions.parse(new String[]{}).help()).isTrue();
    }

    @Test
    void unknownCommandsAndOptionsAreUsageErrors() {
        assertThatThrownBy(() -> CliOptions.parse(new String[]{"deploy"})).hasMessageContaining("Unknown command 'deploy'");
        assertThatThrownBy(() -> CliOptions.parse(new String[]{"verify", "--fast"})).hasMessageContaining("Unknown option '--fast'");
        assertThatThrownBy(() -> CliOptions.parse(new String[]{"verify", "--tags"})).hasMessageContaining("--tags needs a value");
    }

    @Test
    void theCliExitsTwoOnBadInputBeforeAnyBrowser() {
        assertThat(new HarnessCli(System.out).run(new String[]{"deploy"})).isEqualTo(2);
        assertThat(new HarnessCli(System.out).run(new String[]{"verify", "--profile", "nope"})).isEqualTo(2);
        assertThat(new HarnessCli(System.out).run(new String[]{"verify", "--tags", "@no-such-tag"})).isEqualTo(2);
        assertThat(new HarnessCli(System.out).run(new String[]{"--help"})).isZero();
    }
}
