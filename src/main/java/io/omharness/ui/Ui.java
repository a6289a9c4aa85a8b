package io.omharness.ui;

import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Interactive;
import org.openqa.selenium.interactions.PointerInput;
import org.openqa.selenium.interactions.Sequence;
import org.openqa.selenium.support.ui.FluentWait;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The one toolkit every page object clicks, types and reads through. Every call waits by itself
 * (polling inside the page, so a wait costs one WebDriver command per slice, not one per poll) and
 * retries when the UI re-renders or a toast covers the target.
 */
public final class Ui {
    private static final String FINDER = load("finder.js");
    private static final Duration SLICE = Duration.ofSeconds(3);
    private static final String COLUMN = "var t = arguments[0], h = arguments[1], at = -1, out = [];"
            + "for (var i = 0; i < t.rows.length; i++) { var cells = t.rows[i].cells;"
            + "  if (at < 0) { for (var j = 0; j < cells.length; j++) if (cells[j].textContent.trim() === h) at = j; continue; }"
            + "  if (cells.length > at && cells.length > 1) out.push(cells[at].innerText.trim()); }"
            + "return at < 0 ? null : out;";

    /** The close button of a toast (a role=status notification): "Dismiss" in Genesys, "Close" in Salesforce. */
    private static final Locator TOAST_CLOSE = Locator.role("button", "Dismiss").within(Locator.anyOf("status"));

    private final WebDriver driver;
    private final Duration timeout;
    private final Duration poll;

    public Ui(WebDriver driver, Duration timeout, Duration poll) {
        this.driver = driver;
        this.timeout = timeout;
        this.poll = poll;
    }

    public WebDriver driver() {
        return driver;
    }

    public Ui withTimeout(Duration longer) {
        return new Ui(driver, longer, poll);
    }

    public void open(String url) {
        driver.get(url);
    }

    public String currentUrl() {
        return driver.getCurrentUrl();
    }

    /** The visible element, waiting until it appears. */
    public WebElement find(Locator locator) {
        return await("waiting for " + locator, d -> (WebElement) search(locator, false));
    }

    public boolean isShown(Locator locator) {
        return search(locator, false, Duration.ZERO) != null;
    }

    /**
     * Waits for whichever of the locators shows first and returns its index (the lowest one when
     * several show). Polls inside the page: one WebDriver command per slice, whatever the count.
     */
    public int firstShown(Locator... locators) {
        Map<String, Object> any = Map.of("any", Arrays.stream(locators).map(Locator::spec).toList());
        return await("waiting for any of " + List.of(locators), d -> {
            Object index = ((JavascriptExecutor) driver).executeAsyncScript(FINDER, any, slice().toMillis(), false);
            return index == null ? null : ((Number) index).intValue();
        });
    }

    public void click(Locator locator) {
        act(locator, "clicking", this::clickAllowingShadowHost);
    }

    /**
     * Clicks until {@code expected} shows. For items in lists that re-render: when the node is
     * replaced between mouse down and up the browser fires no click, and a person simply clicks again.
     */
    public void clickUntilShown(Locator target, Locator expected) {
        Duration settle = Duration.ofSeconds(2);
        await("clicking " + target + " until " + expected + " shows", d -> {
            if (search(expected, false, Duration.ZERO) != null) {
                return true;
            }
            WebElement el = (WebElement) search(target.enabledOnly(), false, Duration.ZERO);
            if (el != null) {
                try {
                    clickAllowingShadowHost(el);
                } catch (ElementNotInteractableException covered) {
                    dismissToast();
                    return null;
                }
            }
            return search(expected, false, settle) != null ? true : null;
        });
    }

    /** Clears the field and types the value; {@code value} may be a secret: it is never logged. */
    public void fill(Locator field, CharSequence value) {
        // select all, delete, then type: one WebDriver command
        act(field, "typing into", el -> el.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, value));
    }

    /**
     * Opens a combobox (an ARIA one, e.g. a design-system dropdown in shadow DOM) and picks the
     * option with that accessible name, waiting for options that load asynchronously.
     */
    public void choose(Locator combobox, String optionName) {
        click(combobox);
        click(Locator.option(optionName));
    }

    public String text(Locator locator) {
        return find(locator).getText();
    }

    /** Accessible names of every visible match (one WebDriver command). */
    @SuppressWarnings("unchecked")
    public List<String> names(Locator locator) {
        return (List<String>) search(locator.all(0, true), false, Duration.ZERO);
    }

    /** Waits until at least {@code min} matches show, then returns them. */
    @SuppressWarnings("unchecked")
    public List<WebElement> all(Locator locator, int min) {
        return await("waiting for " + min + "+ of " + locator, d -> {
            List<WebElement> found = (List<WebElement>) search(locator.all(min, false), false);
            return found.size() >= min ? found : null;
        });
    }

    public void waitUntilGone(Locator locator) {
        await("waiting for " + locator + " to go away", d -> Boolean.TRUE.equals(search(locator, true)) ? true : null);
    }

    /** Waits until the element's visible text contains {@code expected}; returns the text. */
    public String waitForText(Locator locator, String expected) {
        Locator showing = locator.showingText(expected);
        return await("waiting for " + locator + " to show '" + expected + "'", d -> {
            // waits in the page until the element's text has it, then confirms with the rendered text
            WebElement el = (WebElement) search(showing, false);
            String text = el == null ? null : el.getText();
            return text != null && text.contains(expected) ? text : null;
        });
    }

    /**
     * The texts of one column of a table (header matched by its visible text), top to bottom; rows
     * without that cell (e.g. an empty-table message) are skipped. Retries if the table re-renders.
     */
    @SuppressWarnings("unchecked")
    public List<String> column(Locator table, String header) {
        return await("reading column '" + header + "' of " + table, d -> (List<String>) ((JavascriptExecutor) driver)
                .executeScript(COLUMN, find(table), header));
    }

    /** Chooses the option whose visible text contains {@code optionText} in a native select found by label. */
    public void select(Locator field, String optionText) {
        act(field, "choosing '" + optionText + "' in", el -> {
            org.openqa.selenium.support.ui.Select select = new org.openqa.selenium.support.ui.Select(el);
            WebElement option = select.getOptions().stream().filter(o -> o.getText().contains(optionText)).findFirst()
                    .orElseThrow(() -> new org.openqa.selenium.NoSuchElementException("No option '" + optionText + "' in " + field));
            select.selectByVisibleText(option.getText());
        });
    }

    public <T> T await(String what, Function<WebDriver, T> condition) {
        try {
            return new FluentWait<>(driver)
                    .withTimeout(timeout)
                    .pollingEvery(poll)
                    .ignoring(StaleElementReferenceException.class)
                    .ignoring(org.openqa.selenium.JavascriptException.class)
                    .ignoring(org.openqa.selenium.ScriptTimeoutException.class)
                    .until(condition);
        } catch (TimeoutException e) {
            throw new UiTimeout("Timed out after " + timeout.toSeconds() + " s " + what + " on " + safeUrl(), e);
        }
    }

    /**
     * Drags with real mouse events (press, move in steps, release), as a person does. The moves are
     * not animated: Actions' moveToElement/moveByOffset spend 100/200 ms on each move, 0.6 s per drag
     * in which nothing happens on the page.
     */
    public void drag(Locator source, Locator target) {
        WebElement from = find(source);
        WebElement to = find(target);
        PointerInput mouse = new PointerInput(PointerInput.Kind.MOUSE, "mouse");
        ((Interactive) driver).perform(List.of(new Sequence(mouse, 0)
                .addAction(mouse.createPointerMove(Duration.ZERO, PointerInput.Origin.fromElement(from), 0, 0))
                .addAction(mouse.createPointerDown(PointerInput.MouseButton.LEFT.asArg()))
                .addAction(mouse.createPointerMove(Duration.ZERO, PointerInput.Origin.pointer(), 12, 12))
                .addAction(mouse.createPointerMove(Duration.ZERO, PointerInput.Origin.fromElement(to), 0, 0))
                .addAction(mouse.createPointerMove(Duration.ZERO, PointerInput.Origin.pointer(), 1, 1))
                .addAction(mouse.createPointerUp(PointerInput.MouseButton.LEFT.asArg()))));
    }

    /** Enters the iframe the locator finds (it may sit behind shadow roots). */
    public void enterFrame(Locator frame) {
        driver.switchTo().frame(find(frame));
    }

    public void leaveFrames() {
        driver.switchTo().defaultContent();
    }

    /** Runs the action and returns the handle of the window it opened. */
    public String switchToNewWindow(Runnable opener) {
        Set<String> before = driver.getWindowHandles();
        opener.run();
        String handle = await("waiting for a new window", d -> d.getWindowHandles().stream()
                .filter(h -> !before.contains(h)).findFirst().orElse(null));
        driver.switchTo().window(handle);
        return handle;
    }

    /** Closes the window {@code closing} (if still open) and continues in {@code next}. */
    public void closeWindowAndSwitchTo(String closing, String next) {
        if (driver.getWindowHandles().contains(closing)) {
            driver.switchTo().window(closing).close();
        }
        driver.switchTo().window(next);
    }

    public void waitForUrl(String fragment) {
        await("waiting for the URL to contain '" + fragment + "'", d -> d.getCurrentUrl().contains(fragment) ? true : null);
    }

    private void act(Locator locator, String verb, java.util.function.Consumer<WebElement> action) {
        Locator ready = locator.enabledOnly();
        await(verb + " " + locator, d -> {
            WebElement el = (WebElement) search(ready, false);
            if (el == null) {
                return null;
            }
            try {
                action.accept(el);
                return true;
            } catch (ElementNotInteractableException covered) {
                dismissToast(); // as a person closes a toast that sits on the button they want
                return null;    // a spinner covers it: try again on the next poll
            }
        });
    }

    private void dismissToast() {
        WebElement close = (WebElement) search(TOAST_CLOSE, false, Duration.ZERO);
        if (close != null) {
            try {
                clickAllowingShadowHost(close);
            } catch (WebDriverException alreadyGone) {
                // it faded by itself
            }
        }
    }

    /**
     * ChromeDriver hit-tests a button inside a shadow root against its slotted text, whose parent is
     * the host, and reports the host as "intercepting" the click. A person's click there still reaches
     * the button, so click with the mouse when what sits on top is the element's own host.
     */
    private void clickAllowingShadowHost(WebElement el) {
        // ChromeDriver spends about a second before it reports an intercepted click: close a toast
        // that sits on the target first, as a person would.
        Object toastClose = ((JavascriptExecutor) driver).executeScript(TOAST_ON_TOP, el);
        if (toastClose instanceof WebElement close) {
            try {
                close.click();
            } catch (WebDriverException fadedMeanwhile) {
                // the toast went by itself
            }
        }
        try {
            el.click();
        } catch (ElementClickInterceptedException e) {
            if (!Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(HIT_BY_OWN_HOST, el))) {
                throw e;
            }
            PointerInput mouse = new PointerInput(PointerInput.Kind.MOUSE, "mouse");
            ((Interactive) driver).perform(List.of(new Sequence(mouse, 0)
                    .addAction(mouse.createPointerMove(Duration.ZERO, PointerInput.Origin.fromElement(el), 0, 0))
                    .addAction(mouse.createPointerDown(PointerInput.MouseButton.LEFT.asArg()))
                    .addAction(mouse.createPointerUp(PointerInput.MouseButton.LEFT.asArg()))));
        }
    }

    /** The close button of a toast (role=status) covering the element's centre, or null. */
    private static final String TOAST_ON_TOP = "var el = arguments[0], r = el.getBoundingClientRect();"
            + "var hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);"
            + "for (var n = hit; n; n = n.parentNode || n.host) { if (n === el || n === el.getRootNode().host) return null;"
            + "  if (n.getAttribute && n.getAttribute('role') === 'status') {"
            + "    var root = n.shadowRoot || n; var b = root.querySelector('button[aria-label=Dismiss], button[title=Close]');"
            + "    return b; } }"
            + "return null;";

    private static final String HIT_BY_OWN_HOST = "var el = arguments[0], r = el.getBoundingClientRect();"
            + "var x = r.left + r.width / 2, y = r.top + r.height / 2, hit = document.elementFromPoint(x, y);"
            + "while (hit && hit.shadowRoot) { var inner = hit.shadowRoot.elementFromPoint(x, y);"
            + "  if (!inner || inner === hit) break; hit = inner; }"
            + "function within(a, b) { for (var n = b; n; n = n.parentNode || n.host) if (n === a) return true; return false; }"
            + "return !!hit && (within(el, hit) || (within(hit, el) && el.getRootNode().host === hit));";

    private Object search(Locator locator, boolean wantGone) {
        return search(locator, wantGone, slice());
    }

    private Duration slice() {
        return SLICE.compareTo(timeout) < 0 ? SLICE : timeout;
    }

    private Object search(Locator locator, boolean wantGone, Duration slice) {
        return ((JavascriptExecutor) driver).executeAsyncScript(FINDER, locator.spec(), slice.toMillis(), wantGone);
    }

    private String safeUrl() {
        try {
            return driver.getCurrentUrl();
        } catch (WebDriverException e) {
            return "(no page)";
        }
    }

    private static String load(String name) {
        try (InputStream in = Ui.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
