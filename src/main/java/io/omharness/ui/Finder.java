package io.omharness.ui;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs finder.js: each call is one WebDriver command that polls inside the page for up to {@code wait}.
 * Strictness and bad selectors are decided in that same command and thrown here at once. The script
 * (12 kB) is sent and compiled once per document, which keeps it as a function; later calls send a
 * two-line script that calls it (5-8 ms less per call here).
 */
final class Finder {
    private static final String BODY = Scripts.load(Finder.class, "finder.js");
    private static final String FUNCTION = "window.__omhFinder" + Integer.toHexString(BODY.hashCode());
    private static final String INSTALL_AND_CALL = "var find = " + FUNCTION + " = function (request, done) {\n" + BODY
            + "\n};\nfind(arguments[0], arguments[arguments.length - 1]);";
    private static final String CALL = "var find = " + FUNCTION + ", done = arguments[arguments.length - 1];\n"
            + "if (find) find(arguments[0], done); else done({ problem: 'notInstalled' });";

    /** An element to click, and the close button of a toast lying over it (or null). */
    record Target(WebElement element, WebElement toastClose) {
        /** No click needed: what it was for shows. */
        static final Target SHOWN = new Target(null, null);
    }

    private final WebDriver driver;
    private final List<String> signInPages;
    private final InputLedger inputs;

    /**
     * @param signInPages URL prefixes of login pages: a wait that finds the browser there ends with {@link SignedOut}
     * @param inputs      the browser's unchecked input, checked by the next lookup
     */
    Finder(WebDriver driver, List<String> signInPages, InputLedger inputs) {
        this.driver = driver;
        this.signInPages = signInPages;
        this.inputs = inputs;
    }

    /** The one visible match, or null when none shows within {@code wait}. */
    WebElement one(Locator locator, Duration wait) {
        return (WebElement) run("one", locator, wait, Map.of());
    }

    /**
     * As {@link #one}, with the toast that would take the click instead; or {@link Target#SHOWN} as soon
     * as {@code unlessShown} shows (when not null): one wait in the page for whichever comes first. The
     * page records what becomes of the next press under {@code pressId}.
     */
    Target toClick(Locator locator, Locator unlessShown, Duration wait, String pressId) {
        Map<String, Object> extra = new LinkedHashMap<>();
        extra.put("pressId", pressId);
        if (unlessShown != null) {
            extra.put("unless", unlessShown.spec());
        }
        Object found = run("click", locator, wait, extra);
        if (!(found instanceof Map<?, ?> target)) {
            return null;
        }
        if (Boolean.TRUE.equals(target.get("shown"))) {
            return Target.SHOWN;
        }
        return new Target((WebElement) target.get("element"), (WebElement) target.get("toastClose"));
    }

    /** A text field to type into; selected: focused with its text selected (see finder.js, mode type). */
    record Field(WebElement element, boolean selected) {
    }

    /**
     * As {@link #one}, the field focused and its text selected when it is a plain text field; the page
     * remembers it under {@code inputId}, so that a later lookup can check the text that went in.
     */
    Field toType(Locator locator, Duration wait, String inputId) {
        Object found = run("type", locator, wait, Map.of("inputId", inputId));
        if (!(found instanceof Map<?, ?> field)) {
            return null;
        }
        return new Field((WebElement) field.get("element"), Boolean.TRUE.equals(field.get("selected")));
    }

    /** Index of the first locator that shows (each strict), or -1 when none does within {@code wait}. */
    int firstShown(List<Locator> locators, Duration wait) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("mode", "any");
        request.put("specs", locators.stream().map(Locator::spec).toList());
        request.put("waitMs", wait.toMillis());
        request.put("signInPages", signInPages);
        Object index = check(execute(request), locators);
        return index == null ? -1 : ((Number) index).intValue();
    }

    boolean gone(Locator locator, Duration wait) {
        return Boolean.TRUE.equals(run("gone", locator, wait, Map.of()));
    }

    @SuppressWarnings("unchecked")
    List<WebElement> all(Locator locator, int min, Duration wait) {
        return (List<WebElement>) run("all", locator, wait, Map.of("min", min));
    }

    @SuppressWarnings("unchecked")
    List<String> names(Locator locator) {
        return (List<String>) run("names", locator, Duration.ZERO, Map.of());
    }

    /** Only checks the last input (and does it again when it did not take): for before a command that is no lookup. */
    void settle() {
        if (inputs.isEmpty()) {
            return;
        }
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("mode", "settle");
        request.put("waitMs", 0);
        request.put("signInPages", List.of());
        execute(request);
    }

    private Object run(String mode, Locator locator, Duration wait, Map<String, Object> extra) {
        Map<String, Object> request = new LinkedHashMap<>(extra);
        request.put("mode", mode);
        request.put("spec", locator.spec());
        request.put("waitMs", wait.toMillis());
        request.put("signInPages", signInPages);
        return check(execute(request), List.of(locator));
    }

    /**
     * Calls the finder this document has (installing it first in a new document), asking it first about
     * the last unchecked input: when that did not take, it is done again, and the lookup after it.
     */
    private Object execute(Map<String, Object> request) {
        InputLedger.Unchecked input = inputs.take();
        request.put("unchecked", input == null ? null : input.forPage());
        Object answer;
        try {
            answer = call(request);
        } catch (RuntimeException failed) {
            if (input != null) {
                inputs.giveBack(input);
            }
            throw failed;
        }
        if (input != null && answer instanceof Map<?, ?> map && "inputDidNotTake".equals(map.get("problem"))) {
            input.redo().run();
            return execute(request);
        }
        return answer;
    }

    private Object call(Map<String, Object> request) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        Object answer = js.executeAsyncScript(CALL, request);
        if (answer instanceof Map<?, ?> map && "notInstalled".equals(map.get("problem"))) {
            return js.executeAsyncScript(INSTALL_AND_CALL, request);
        }
        return answer;
    }

    @SuppressWarnings("unchecked")
    private static Object check(Object answer, List<Locator> asked) {
        if (answer instanceof Map<?, ?> map && map.get("problem") != null) {
            if ("signedOut".equals(map.get("problem"))) {
                throw new SignedOut(String.valueOf(map.get("url")));
            }
            Locator locator = asked.get(map.get("at") instanceof Number at ? at.intValue() : 0);
            if ("ambiguous".equals(map.get("problem"))) {
                throw new AmbiguousLocator(locator, (List<String>) map.get("matches"));
            }
            throw new InvalidLocator(locator, String.valueOf(map.get("message")));
        }
        return answer;
    }
}
