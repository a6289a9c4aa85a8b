package io.omharness.ui;

import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;

import java.util.Map;

/**
 * Replaces a text field's content. Where the browser allows it, the way Playwright's fill does: the
 * field focused with its text selected (by the finder, in the look that found it), then the whole text
 * inserted by the browser's input pipeline in one call (Chrome's Input.insertText: trusted beforeinput
 * and input events, as a paste or an input method commits text). WebDriver's sendKeys sends key events
 * one character at a time, 10 to 20 ms each here, about 0.3 s for a name. The value is read back;
 * anything else (no DevTools on a Grid session, a field that is no plain text input, an empty value, a
 * page that rewrote the text) falls back to sendKeys.
 */
final class Typing {
    private final WebDriver driver;

    Typing(WebDriver driver) {
        this.driver = driver;
    }

    void replaceText(Finder.Field field, CharSequence value) {
        String text = value.toString();
        if (field.selected() && !text.isEmpty() && driver instanceof HasCdp cdp) {
            cdp.executeCdpCommand("Input.insertText", Map.of("text", text));
            if (text.equals(field.element().getDomProperty("value"))) {
                return;
            }
        }
        // select all, delete, then type: one WebDriver command
        field.element().sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, value);
    }
}
