package io.omharness.doctor;

import io.omharness.config.Redactor;
import io.omharness.ui.AmbiguousLocator;
import io.omharness.ui.InvalidLocator;
import io.omharness.ui.Landmark;
import io.omharness.ui.Ui;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriverException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Visits one page: reaches it with the page objects' own navigation, looks for each landmark (waiting
 * for the page up to one UI timeout in all, so a page with several missing costs one timeout), takes
 * the screenshot, then leaves it (e.g. Cancel on a form). Changes nothing a person would not undo.
 */
final class PageInspector {
    /** What reaching a page gives: the page object there, its landmarks, where to look, how to leave. */
    record Sight(String pageObject, List<Landmark> landmarks, Lens lens, Runnable leave) {
        static Sight of(String pageObject, List<Landmark> landmarks) {
            return new Sight(pageObject, landmarks, Lens.PAGE, () -> { });
        }

        Sight in(Lens where) {
            return new Sight(pageObject, landmarks, where, leave);
        }

        Sight thenLeave(Runnable how) {
            return new Sight(pageObject, landmarks, lens, how);
        }
    }

    /** Where the landmarks are looked for: the page itself, or e.g. Setup's classic frame. */
    interface Lens {
        Lens PAGE = new Lens() {
            @Override
            public <T> T look(Supplier<T> look) {
                return look.get();
            }
        };

        <T> T look(Supplier<T> look);
    }

    private final Ui ui;
    private final Path folder;
    private final Duration look;
    private final List<PageCheck> pages = new ArrayList<>();

    PageInspector(Ui ui, Path folder, Duration look) {
        this.ui = ui;
        this.folder = folder;
        this.look = look;
    }

    /** Reaches the page and checks it; false when it could not be reached (the walk may skip what lies behind it). */
    boolean visit(String page, String pageObject, Supplier<Sight> reach) {
        Sight sight;
        try {
            sight = reach.get();
        } catch (RuntimeException unreachable) {
            record(page, pageObject, Optional.of("not reached: " + message(unreachable)), List.of());
            return false;
        }
        List<PageCheck.LocatorCheck> checks;
        try {
            checks = sight.lens().look(() -> check(sight.landmarks()));
        } catch (RuntimeException lookFailed) {
            record(page, sight.pageObject(), Optional.of("could not look: " + message(lookFailed)), List.of());
            return false;
        }
        Optional<Path> shot = screenshot(page);
        Optional<String> problem = Optional.empty();
        try {
            sight.leave().run();
        } catch (RuntimeException stuck) {
            problem = Optional.of("could not leave the page: " + message(stuck));
        }
        pages.add(new PageCheck(page, sight.pageObject(), problem, checks, shot));
        return problem.isEmpty();
    }

    /** A page the walk cannot reach because one before it failed. */
    void skip(String page, String pageObject, String because) {
        pages.add(new PageCheck(page, pageObject, Optional.of("not reached: " + because), List.of(), Optional.empty()));
    }

    List<PageCheck> pages() {
        return List.copyOf(pages);
    }

    private void record(String page, String pageObject, Optional<String> problem, List<PageCheck.LocatorCheck> checks) {
        Optional<Path> shot = screenshot(page);
        pages.add(new PageCheck(page, pageObject, problem, checks, shot));
    }

    private List<PageCheck.LocatorCheck> check(List<Landmark> landmarks) {
        long deadline = System.nanoTime() + look.toNanos();
        List<PageCheck.LocatorCheck> checks = new ArrayList<>();
        for (Landmark landmark : landmarks) {
            Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
            String result;
            try {
                result = ui.shownWithin(left, landmark.anyOf()) >= 0 ? PageCheck.LocatorCheck.FOUND : PageCheck.LocatorCheck.NOT_FOUND;
            } catch (AmbiguousLocator | InvalidLocator mistake) {
                result = "LOCATOR FAILS: " + message(mistake);
            }
            checks.add(new PageCheck.LocatorCheck(landmark.name(), result));
        }
        return checks;
    }

    private Optional<Path> screenshot(String page) {
        Path file = folder.resolve(String.format(Locale.ROOT, "%02d-%s.png", pages.size() + 1, slug(page)));
        try {
            ui.leaveFrames();
            Files.write(file, ((TakesScreenshot) ui.driver()).getScreenshotAs(OutputType.BYTES));
            return Optional.of(file);
        } catch (WebDriverException noPage) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String slug(String page) {
        return page.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** The first line of the message, secrets masked (a URL or page text may carry one). */
    static String message(Throwable e) {
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return Redactor.redact(text.lines().findFirst().orElse(text));
    }
}
