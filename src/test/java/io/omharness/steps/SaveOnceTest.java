package io.omharness.steps;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SaveOnceTest {
    private final AtomicInteger saves = new AtomicInteger();
    private final AtomicInteger asked = new AtomicInteger();
    private final SaveOnce save = new SaveOnce();

    @Test
    void theFirstAttemptSavesWithoutAsking() {
        assertThat(save.save(this::wentThrough, saves::incrementAndGet)).isTrue();
        assertThat(saves).hasValue(1);
        assertThat(asked).hasValue(0);
    }

    @Test
    void aSaveThatReturnedIsNotRepeatedNorAskedAbout() {
        save.save(this::wentThrough, saves::incrementAndGet);
        assertThat(save.save(this::wentThrough, saves::incrementAndGet)).isFalse();
        assertThat(saves).hasValue(1);
        assertThat(asked).hasValue(0);
    }

    @Test
    void aSaveCutShortIsRepeatedOnlyWhenTheProductDoesNotHaveIt() {
        assertThatThrownBy(() -> save.save(this::wentThrough, this::sessionEnds)).isInstanceOf(IllegalStateException.class);
        assertThat(save.save(() -> notThere(), saves::incrementAndGet)).as("not there: saved again").isTrue();
        assertThat(saves).hasValue(1);

        SaveOnce other = new SaveOnce();
        assertThatThrownBy(() -> other.save(this::wentThrough, this::sessionEnds)).isInstanceOf(IllegalStateException.class);
        assertThat(other.save(this::wentThrough, saves::incrementAndGet)).as("there already: not saved again").isFalse();
        assertThat(saves).hasValue(1);
        assertThat(asked).as("asked once after each cut-short save").hasValue(2);
    }

    private boolean wentThrough() {
        asked.incrementAndGet();
        return true;
    }

    private boolean notThere() {
        asked.incrementAndGet();
        return false;
    }

    private void sessionEnds() {
        throw new IllegalStateException("the session ended while the list reloaded");
    }
}
