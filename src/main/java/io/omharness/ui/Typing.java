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
 * one character at a time, 10 to 20 ms each here, about 0.3 s for a name. Whether the field then holds
 * exactly the text is checked by the next lookup ({@link InputLedger}); when it does not (the page
 * rewrote it, the focus moved), the text is typed again key by key. Key by key from the start where
 * insertion is not possible: no DevTools (a Grid session), a field that is no plain text input, an
 * empty value.
 */
final class Typing {
    private final WebDriver driver;
    private final InputLedger inputs;

    Typing(WebDriver driver, InputLedger inputs) {
        this.driver = driver;
        this.inputs = inputs;
    }

    /**
     * @param insertId    the id the finder remembered the field under, or null to type key by key
     * @param typeByKeys  typing the value again key by key, should the inserted text not take
     */
    void replaceText(Finder.Field field, CharSequence value, String insertId, Runnable typeByKeys) {
        String text = value.toString();
        if (insertId != null && field.selected() && !text.isEmpty() && driver instanceof HasCdp cdp) {
            cdp.executeCdpCommand("Input.insertText", Map.of("text", text));
            inputs.leave(InputLedger.Unchecked.text(insertId, text, typeByKeys));
            return;
        }
        // select all, delete, then type: one WebDriver command
        field.element().sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, value);
    }
}
