package io.omharness.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeatureLinesTest {
    private static final List<String> FEATURE = List.of(
            "@genesys",                                  // 1
            "Feature: Creating a Message Flow",          // 2
            "  Background:",                             // 3
            "    Given I am logged in",                  // 4
            "",                                          // 5
            "  Scenario: 1. Ensure a queue",             // 6
            "    Given my user is not in a queue",       // 7
            "    # a comment",                           // 8
            "    Then my user is a member",              // 9
            "",                                          // 10
            "  Scenario Outline: 8. The form refuses <what>", // 11
            "    When I fill in <url>",                  // 12
            "    Examples:",                             // 13
            "      | what | url |",                      // 14
            "      | a    | b   |",                      // 15
            "      | c    | d   |");                     // 16

    @Test
    void aStepOrCommentMeansItsScenario() {
        assertThat(FeatureLines.scenarioAt(FEATURE, 7)).isEqualTo(6);
        assertThat(FeatureLines.scenarioAt(FEATURE, 8)).isEqualTo(6);
        assertThat(FeatureLines.scenarioAt(FEATURE, 6)).isEqualTo(6);
        assertThat(FeatureLines.scenarioAt(FEATURE, 12)).isEqualTo(11);
    }

    @Test
    void anExampleRowMeansThatExampleAndTheHeaderTheOutline() {
        assertThat(FeatureLines.scenarioAt(FEATURE, 16)).isEqualTo(16);
        assertThat(FeatureLines.scenarioAt(FEATURE, 14)).isEqualTo(11);
    }

    @Test
    void theFeatureOrBackgroundStaysAsAsked() {
        assertThat(FeatureLines.scenarioAt(FEATURE, 2)).isEqualTo(2);
        assertThat(FeatureLines.scenarioAt(FEATURE, 4)).isEqualTo(4);
    }

    @Test
    void aLineOutsideTheFileIsBadInput() {
        assertThatThrownBy(() -> FeatureLines.scenarioAt(FEATURE, 40)).isInstanceOf(CliOptions.UsageError.class)
                .hasMessageContaining("16 lines");
    }

    @Test
    void theRealFeatureLineOfTheHelpIsAScenario() {
        assertThat(FeatureLines.scenarioAt(Path.of("features/01_message_flow_and_open_messaging.feature"), 10)).isEqualTo(10);
        assertThat(FeatureLines.scenarioAt(Path.of("features/01_message_flow_and_open_messaging.feature"), 12)).isEqualTo(10);
    }

    @Test
    void theRerunFileListsFailedScenariosRelativeToTheProject(@TempDir Path dir) throws Exception {
        Path cwd = Path.of("").toAbsolutePath();
        Path rerun = Files.writeString(dir.resolve("rerun.txt"), "features/02_sync.feature:10:22\n"
                + cwd.resolve("features/01_x.feature").toUri() + ":6\nfile:features/03.feature:7\n");

        assertThat(RerunFile.read(rerun)).containsExactly("features/02_sync.feature:10:22", "features/01_x.feature:6",
                "features/03.feature:7");
        assertThat(RerunFile.read(dir.resolve("missing.txt"))).isEmpty();
    }
}
