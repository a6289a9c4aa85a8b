package io.omharness.ui;

import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Interactive;
import org.openqa.selenium.interactions.MoveTargetOutOfBoundsException;
import org.openqa.selenium.interactions.PointerInput;
import org.openqa.selenium.interactions.Sequence;

import java.time.Duration;
import java.util.List;

/**
 * Real mouse input. A click is one look and one press. The look (one command, finder.js) waits until
 * a click at the element's centre would reach it, scrolling it into view, and names a toast lying
 * there, which is closed first and the target looked at again. The press is one W3C Actions command
 * (mouse move, press, release on the element), about a tenth of what ChromeDriver's element click
 * costs, which repeats the same checks in several more browser calls. The look also arms a check of
 * the press itself: a press that would reach another element (the page changed in between) is stopped
 * in the page, and a press whose click never came (the element was replaced between mouse down and up)
 * is told apart from one that clicked. That record is read by the next lookup ({@link InputLedger}),
 * or at once by {@link #clickChecked}.
 */
final class Mouse {
    /** What became of one attempt to click. */
    enum Press {
        /** Not there yet, covered, or a toast was closed first: look again. */
        NOT_READY,
        /** Not pressed: what the click was for shows already. */
        SHOWN,
        /** The page changed between the look and the press; the press was stopped before reaching anything. */
        STOPPED,
        /** Pressed; what became of it not asked yet. */
        PRESSED,
        /** Pressed on the element, but no click reached it: it was replaced between mouse down and up. */
        NO_CLICK,
        /** The click reached the element (or took the browser to another page). */
        CLICKED
    }

    private final WebDriver driver;
    private final Finder finder;
    private final InputLedger inputs;

    Mouse(WebDriver driver, Finder finder, InputLedger inputs) {
        this.driver = driver;
        this.finder = finder;
        this.inputs = inputs;
    }

    /**
     * One look and one press, left unchecked in the ledger (the next lookup checks it, and clicks again
     * with {@code redo} when the page stopped it). False when there was nothing to press yet.
     */
    boolean click(Locator ready, Duration wait, Runnable redo) {
        String id = InputLedger.newId();
        Press press = pressOnce(ready, null, wait, id);
        if (press == Press.PRESSED) {
            inputs.leave(InputLedger.Unchecked.press(id, redo));
        }
        return press == Press.PRESSED || press == Press.CLICKED;
    }

    /** One look (waiting up to {@code wait} for the target, or for {@code unlessShown}) and one press, checked at once. */
    Press clickChecked(Locator ready, Locator unlessShown, Duration wait) {
        String id = InputLedger.newId();
        Press press = pressOnce(ready, unlessShown, wait, id);
        return press == Press.PRESSED ? outcome(id) : press;
    }

    private Press pressOnce(Locator ready, Locator unlessShown, Duration wait, String id) {
        Finder.Target target = finder.toClick(ready, unlessShown, wait, id);
        if (target == null) {
            return Press.NOT_READY;
        }
        if (target == Finder.Target.SHOWN) {
            return Press.SHOWN;
        }
        if (target.toastClose() != null) {
            try {
                press(target.toastClose());
            } catch (WebDriverException fadedMeanwhile) {
                // the toast went by itself
            }
            return Press.NOT_READY;
        }
        try {
            press(target.element());
            return Press.PRESSED;
        } catch (MoveTargetOutOfBoundsException outside) {
            // e.g. inside a frame scrolled out of the window: ChromeDriver's own click scrolls the frames too
            return clickElement(target.element());
        } catch (ElementNotInteractableException covered) {
            return Press.NOT_READY;
        }
    }

    /** Press, move in steps, release: not animated (Actions' moves spend 100-200 ms each doing nothing). */
    void drag(WebElement from, WebElement to) {
        PointerInput mouse = new PointerInput(PointerInput.Kind.MOUSE, "mouse");
        ((Interactive) driver).perform(List.of(new Sequence(mouse, 0)
                .addAction(mouse.createPointerMove(Duration.ZERO, PointerInput.Origin.fromElement(from), 0, 0))
                .addAction(mouse.createPointerDown(PointerInput.MouseButton.LEFT.asArg()))
                .addAction(mouse.createPointerMove(Duration.ZERO, PointerInput.Origin.pointer(), 12, 12))
                .addAction(mouse.createPointerMove(Duration.ZERO, PointerInput.Origin.fromElement(to), 0, 0))
                .addAction(mouse.createPointerMove(Duration.ZERO, PointerInput.Origin.pointer(), 1, 1))
                .addAction(mouse.createPointerUp(PointerInput.MouseButton.LEFT.asArg()))));
    }

    private void press(WebElement el) {
        PointerInput mouse = new PointerInput(PointerInput.Kind.MOUSE, "mouse");
        ((Interactive) driver).perform(List.of(new Sequence(mouse, 0)
                .addAction(mouse.createPointerMove(Duration.ZERO, PointerInput.Origin.fromElement(el), 0, 0))
                .addAction(mouse.createPointerDown(PointerInput.MouseButton.LEFT.asArg()))
                .addAction(mouse.createPointerUp(PointerInput.MouseButton.LEFT.asArg()))));
    }

    /** The press check's record (finder.js, guarded); a page the click navigated away has none. */
    private Press outcome(String id) {
        Object state;
        try {
            state = ((JavascriptExecutor) driver).executeScript(
                    "var p = window.__omhPress; return p && p.id === arguments[0] ? p.state : null", id);
        } catch (WebDriverException navigating) {
            return Press.CLICKED;
        }
        if (state == null || "clicked".equals(state)) {
            return Press.CLICKED;
        }
        return "stopped".equals(state) ? Press.STOPPED : Press.NO_CLICK;
    }

    private Press clickElement(WebElement el) {
        try {
            el.click();
            return Press.CLICKED;
        } catch (ElementNotInteractableException covered) {
            return Press.NOT_READY;
        }
    }
}
