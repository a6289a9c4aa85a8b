package io.omharness.ui;

import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.FluentWait;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The one toolkit every page object clicks, types and reads through. Every call waits by itself
 * (polling inside the page, so a wait costs one WebDriver command per slice, not one per poll) and
 * retries when the UI re-renders or a toast covers the target. Lookups are strict: a locator that
 * matches several visible elements, or that the browser cannot evaluate, fails at once.
 */
public final class Ui {
    private static final String COLUMNS = Scripts.load(Ui.class, "columns.js");
    private static final Duration SLICE = Duration.ofSeconds(3);

    private final WebDriver driver;
    private final Finder finder;
    private final Typing typing;
    private final Mouse mouse;
    private final InputLedger inputs;
    private final Duration timeout;
    private final Duration poll;
    private final List<String> signInPages;
    private final ActionLog log;

    public Ui(WebDriver driver, Duration timeout, Duration poll) {
        this(driver, timeout, poll, List.of(), ActionLog.NONE, new InputLedger());
    }

    private Ui(WebDriver driver, Duration timeout, Duration poll, List<String> signInPages, ActionLog log, InputLedger inputs) {
        this.driver = driver;
        this.finder = new Finder(driver, signInPages, inputs);
        this.typing = new Typing(driver, inputs);
        this.mouse = new Mouse(driver, finder, inputs);
        this.inputs = inputs;
        this.timeout = timeout;
        this.poll = poll;
        this.signInPages = signInPages;
        this.log = log;
    }

    /** This toolkit, reporting every action (click, typing, choice, navigation) to {@code log}. */
    public Ui loggingActionsTo(ActionLog actionLog) {
        return new Ui(driver, timeout, poll, signInPages, actionLog, inputs);
    }

    /**
     * This toolkit, where any wait that finds the browser on one of these login pages (URL prefixes)
     * fails at once with {@link SignedOut} instead of timing out: the app sent the browser there
     * because the session ended. Login page objects use {@link #onSignInPages()}.
     */
    public Ui signedOutAt(List<String> loginPagePrefixes) {
        return new Ui(driver, timeout, poll, List.copyOf(loginPagePrefixes), log, inputs);
    }

    /** This toolkit for working on a login page itself. */
    public Ui onSignInPages() {
        return signInPages.isEmpty() ? this : new Ui(driver, timeout, poll, List.of(), log, inputs);
    }

    /** The browser, for what the toolkit does not do; the last input is checked first (see {@link InputLedger}). */
    public WebDriver driver() {
        settleInputs();
        return driver;
    }

    public Ui withTimeout(Duration longer) {
        return new Ui(driver, longer, poll, signInPages, log, inputs);
    }

    public void open(String url) {
        settleInputs();
        log.step("Open " + url, () -> driver.get(url));
    }

    public String currentUrl() {
        settleInputs();
        return driver.getCurrentUrl();
    }

    /** The visible element, waiting until it appears. */
    public WebElement find(Locator locator) {
        return await("waiting for " + locator, d -> finder.one(locator, slice()));
    }

    public boolean isShown(Locator locator) {
        return isShown(locator, Duration.ZERO);
    }

    /** Whether the element shows now or within {@code within} (one WebDriver command). */
    public boolean isShown(Locator locator, Duration within) {
        return acrossNavigation("checking whether " + locator + " shows", () -> finder.one(locator, within) != null);
    }

    /**
     * Waits for whichever of the locators shows first and returns its index (the lowest one when
     * several show). Polls inside the page: one WebDriver command per slice, whatever the count.
     */
    public int firstShown(Locator... locators) {
        List<Locator> candidates = List.of(locators);
        return await("waiting for any of " + candidates, d -> {
            int index = finder.firstShown(candidates, slice());
            return index < 0 ? null : index;
        });
    }

    /**
     * Index of the first of the locators that shows within {@code within} (strict, as every lookup), or -1
     * when none does: a look that may find nothing, for read-only checks.
     */
    public int shownWithin(Duration within, List<Locator> candidates) {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            Duration left = Duration.ofNanos(Math.max(0, deadline - System.nanoTime()));
            int index = finder.firstShown(candidates, left.compareTo(SLICE) < 0 ? left : SLICE);
            if (index >= 0 || left.isZero() || System.nanoTime() >= deadline) {
                return index;
            }
        }
    }

    /** Clicks the element; a toast lying over it is closed first, as a person closes it. */
    public void click(Locator locator) {
        log.step("Click " + locator, () -> clickQuietly(locator));
    }

    private void clickQuietly(Locator locator) {
        Locator ready = locator.enabledOnly();
        await("clicking " + locator, d -> mouse.click(ready, slice(), () -> clickQuietly(locator)) ? true : null);
    }

    /**
     * Clicks until {@code expected} shows. For items in lists that re-render: when the node is
     * replaced between mouse down and up the browser fires no click, and a person simply clicks again
     * (at once: the click's own record says it never came). A click that came but showed nothing
     * within a couple of seconds is tried again too.
     */
    public void clickUntilShown(Locator target, Locator expected) {
        Duration settle = Duration.ofSeconds(2);
        Locator ready = target.enabledOnly();
        log.step("Click " + target, () -> await("clicking " + target + " until " + expected + " shows", d -> {
            Mouse.Press press = mouse.clickChecked(ready, expected, slice());
            if (press == Mouse.Press.SHOWN) {
                return true;
            }
            if (press != Mouse.Press.CLICKED) {
                return null;
            }
            return finder.one(expected, settle) != null ? true : null;
        }));
    }

    /** Replaces the field's text with the value (see {@link Typing}); {@code value} may be a secret: it is never logged. */
    public void fill(Locator field, CharSequence value) {
        Locator ready = field.enabledOnly();
        log.step("Type into " + field, () -> fillQuietly(ready, value, true));
    }

    private void fillQuietly(Locator ready, CharSequence value, boolean insert) {
        await("typing into " + ready, d -> {
            String id = InputLedger.newId();
            Finder.Field found = finder.toType(ready, slice(), id);
            if (found == null) {
                return null;
            }
            try {
                typing.replaceText(found, value, insert ? id : null, () -> fillQuietly(ready, value, false));
                return true;
            } catch (ElementNotInteractableException covered) {
                return null; // a spinner covers it: try again on the next poll
            }
        });
    }

    /**
     * Opens a combobox (an ARIA one, e.g. a design-system dropdown in shadow DOM) and picks the
     * option with that accessible name, waiting for options that load asynchronously.
     */
    public void choose(Locator combobox, String optionName) {
        log.step("Choose '" + optionName + "' in " + combobox, () -> {
            clickQuietly(combobox);
            clickQuietly(Locator.option(optionName));
        });
    }

    /** The element's visible text; read again when the element is re-rendered between finding and reading. */
    public String text(Locator locator) {
        return await("reading " + locator, d -> {
            WebElement el = finder.one(locator, slice());
            return el == null ? null : el.getText();
        });
    }

    /** Accessible names of every visible match (one WebDriver command; several matches are expected). */
    public List<String> names(Locator locator) {
        return acrossNavigation("reading the names of " + locator, () -> finder.names(locator));
    }

    /** Waits until at least {@code min} matches show, then returns them. */
    public List<WebElement> all(Locator locator, int min) {
        return await("waiting for " + min + "+ of " + locator, d -> {
            List<WebElement> found = finder.all(locator, min, slice());
            return found.size() >= min ? found : null;
        });
    }

    /** Waits until no visible element matches. */
    public void waitUntilGone(Locator locator) {
        await("waiting for " + locator + " to go away", d -> finder.gone(locator, slice()) ? true : null);
    }

    /** Waits until the element's visible text contains {@code expected}; returns the text. */
    public String waitForText(Locator locator, String expected) {
        Locator showing = locator.showingText(expected);
        return await("waiting for " + locator + " to show '" + expected + "'", d -> {
            // waits in the page until the element's text has it, then confirms with the rendered text
            WebElement el = finder.one(showing, slice());
            String text = el == null ? null : el.getText();
            return text != null && text.contains(expected) ? text : null;
        });
    }

    /**
     * The texts of one column of a table (header matched by its visible text), top to bottom; rows
     * without that cell (e.g. an empty-table message) are skipped. Retries if the table re-renders.
     */
    public List<String> column(Locator table, String header) {
        return columns(table, header).stream().map(row -> row.get(0)).toList();
    }

    /**
     * The table's rows as the texts of these columns, in this order (headers matched by their visible
     * text), read in one pass so that the columns belong together; rows without those cells are skipped.
     */
    @SuppressWarnings("unchecked")
    public List<List<String>> columns(Locator table, String... headers) {
        return await("reading columns " + List.of(headers) + " of " + table, d -> (List<List<String>>) ((JavascriptExecutor) driver)
                .executeScript(COLUMNS, find(table), List.of(headers)));
    }

    /** Chooses the option whose visible text contains {@code optionText} in a native select found by label. */
    public void select(Locator field, String optionText) {
        log.step("Choose '" + optionText + "' in " + field, () -> selectQuietly(field, optionText));
    }

    private void selectQuietly(Locator field, String optionText) {
        act(field, "choosing '" + optionText + "' in", el -> {
            org.openqa.selenium.support.ui.Select select = new org.openqa.selenium.support.ui.Select(el);
            WebElement option = select.getOptions().stream().filter(o -> o.getText().contains(optionText)).findFirst()
                    .orElseThrow(() -> new org.openqa.selenium.NoSuchElementException("No option '" + optionText + "' in " + field));
            select.selectByVisibleText(option.getText());
        });
    }

    /** Waits until {@code condition} answers non-null; a locator mistake ends the wait at once. */
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
        log.step("Drag " + source + " onto " + target, () -> dragQuietly(source, target));
    }

    private void dragQuietly(Locator source, Locator target) {
        mouse.drag(find(source), find(target));
    }

    /** Enters the iframe the locator finds (it may sit behind shadow roots). */
    public void enterFrame(Locator frame) {
        driver.switchTo().frame(find(frame));
    }

    public void leaveFrames() {
        settleInputs();
        driver.switchTo().defaultContent();
    }

    /** Runs the action and returns the handle of the window it opened. */
    public String switchToNewWindow(Runnable opener) {
        settleInputs();
        Set<String> before = driver.getWindowHandles();
        opener.run();
        settleInputs();
        String handle = await("waiting for a new window", d -> d.getWindowHandles().stream()
                .filter(h -> !before.contains(h)).findFirst().orElse(null));
        driver.switchTo().window(handle);
        return handle;
    }

    /** Closes the window {@code closing} (if still open) and continues in {@code next}. */
    public void closeWindowAndSwitchTo(String closing, String next) {
        settleInputs();
        if (driver.getWindowHandles().contains(closing)) {
            driver.switchTo().window(closing).close();
        }
        driver.switchTo().window(next);
    }

    public void waitForUrl(String fragment) {
        settleInputs();
        await("waiting for the URL to contain '" + fragment + "'", d -> d.getCurrentUrl().contains(fragment) ? true : null);
    }

    private void act(Locator locator, String verb, Consumer<WebElement> action) {
        Locator ready = locator.enabledOnly();
        await(verb + " " + locator, d -> {
            WebElement el = finder.one(ready, slice());
            if (el == null) {
                return null;
            }
            try {
                action.accept(el);
                return true;
            } catch (ElementNotInteractableException covered) {
                return null; // a spinner covers it: try again on the next poll
            }
        });
    }

    /**
     * Asks the page about the last input before a command that is no lookup (lookups ask in the same
     * command, see {@link InputLedger}); an input that did not take is done again.
     */
    private void settleInputs() {
        acrossNavigation("checking the last input", () -> {
            finder.settle();
            return true;
        });
    }

    /**
     * One finder call that a navigation may cut short (ChromeDriver then answers "script timeout" or a
     * script error at once, e.g. when a click's page redirects to the login page): asked again in the
     * new page, where a press that took the browser away counts as taken.
     */
    private <T> T acrossNavigation(String what, java.util.function.Supplier<T> call) {
        // wrapped: the wait would take null or false for "not yet", and false is an answer here
        return await(what, d -> java.util.Optional.ofNullable(call.get())).orElse(null);
    }

    private Duration slice() {
        return SLICE.compareTo(timeout) < 0 ? SLICE : timeout;
    }

    private String safeUrl() {
        try {
            return driver.getCurrentUrl();
        } catch (WebDriverException e) {
            return "(no page)";
        }
    }
}
