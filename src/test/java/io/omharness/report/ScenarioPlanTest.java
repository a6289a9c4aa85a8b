package io.omharness.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ScenarioPlanTest {

    @Test
    void stepsStreamLiveOnlyWhenOneScenarioRunsAtATime() {
        assertThat(new ScenarioPlan.Plan(1, 2).sequential()).isTrue();
        assertThat(new ScenarioPlan.Plan(16, 1).sequential()).isTrue();
        assertThat(new ScenarioPlan.Plan(16, 2).sequential()).isFalse();
    }
}
