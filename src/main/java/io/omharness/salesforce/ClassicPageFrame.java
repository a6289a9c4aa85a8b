package io.omharness.salesforce;

import io.omharness.ui.Locator;
import io.omharness.ui.Ui;
import org.openqa.selenium.WebDriverException;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * A classic (Visualforce) page inside Lightning Setup: an iframe named vfFrameId_… that
 * force-aloha-page holds behind its shadow root. Each action enters the frame and leaves it again,
 * so callers are always back in the Lightning page.
 */
final class ClassicPageFrame {
    /** The shadow host, then the iframe in its shadow root. */
    private static final Locator FRAME = Locator.css("classic page frame", "iframe[name^=vfFrameId]")
            .within(Locator.css("force-aloha-page", "force-aloha-page"));
    private static final Duration LOOK = Duration.ofSeconds(2);

    private final Ui ui;
    private final String page;
    private final List<Locator> loaded;

    /** @param loaded what shows once this page (not the one before it) has loaded in the frame */
    ClassicPageFrame(Ui ui, String page, Locator... loaded) {
        this.ui = ui;
        this.page = page;
        this.loaded = List.of(loaded);
    }

    <T> T run(Supplier<T> action) {
        // Lightning renders the frame after its own bootstrap, and a click in the previous classic page
        // (e.g. Configure) reloads Lightning with a new frame: enter again until this page shows in it.
        ui.await("the " + page + " page in Setup's frame", d -> {
            try {
                ui.leaveFrames();
                ui.enterFrame(FRAME);
                return loaded.stream().allMatch(l -> ui.isShown(l, LOOK)) ? true : null;
            } catch (WebDriverException frameGoneMeanwhile) {
                return null;
            }
        });
        try {
            return action.get();
        } finally {
            ui.leaveFrames();
        }
    }

    /**
     * As {@link #run}, for a read-only look that names what is missing: when the page never shows all of
     * what it is known by, the look runs anyway in the frame as it is (and finds that missing too).
     */
    <T> T look(Supplier<T> look) {
        try {
            return run(look);
        } catch (io.omharness.ui.UiTimeout notAllShown) {
            ui.enterFrame(FRAME);
            try {
                return look.get();
            } finally {
                ui.leaveFrames();
            }
        }
    }

    void run(Runnable action) {
        run(() -> {
            action.run();
            return null;
        });
    }
}
