package io.omharness.ui;

import io.omharness.control.TenantOptions;
import io.omharness.fixture.TwinFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ui.fill on fields a page really has: the text arrives through the browser's input pipeline in one
 * insertion (trusted input events, no key events) where it can, key by key where it cannot, and the
 * field ends with exactly the value either way, replacing what it held. Whether an insertion took is
 * checked by the toolkit's next look; text the page rewrote is typed again key by key.
 */
class TypingBrowserTest {
    private static TwinFixture twin;

    @BeforeAll
    static void open() {
        twin = TwinFixture.withBrowser("typing", 31, TenantOptions.defaults());
    }

    @AfterAll
    static void quit() {
        twin.close();
    }

    @BeforeEach
    void page() {
        twin.ui().open(twin.genesys().loginUrl());
        js("""
                document.body.innerHTML = '<main><label>Plain <input id="p" value="old text"></label>'
                  + '<label>Secret <input id="s" type="password"></label>'
                  + '<label>Count <input id="n" type="number"></label>'
                  + '<label>Notes <textarea id="t"></textarea></label><div id="host"></div></main>';
                var root = document.getElementById('host').attachShadow({ mode: 'open' });
                root.innerHTML = '<label for="inner">Search by name</label><input id="inner">';
                window.events = [];
                document.querySelectorAll('input, textarea').forEach(watch);
                watch(root.getElementById('inner'));
                function watch(el) {
                  ['keydown', 'input'].forEach(function (type) {
                    el.addEventListener(type, function (e) { events.push(type + ':' + e.isTrusted); });
                  });
                }""");
    }

    @Test
    void aPlainFieldGetsTheWholeTextInOneTrustedInputEventReplacingItsOldText() {
        twin.ui().fill(Locator.field("Plain"), "omh-tp1-s3-queue");
        assertThat(value("document.getElementById('p')")).isEqualTo("omh-tp1-s3-queue");
        assertThat(events()).containsExactly("input:true");
    }

    @Test
    void passwordsTextareasAndFieldsInShadowRootsToo() {
        twin.ui().fill(Locator.field("Secret"), "s3cr3t-Pa55");
        twin.ui().fill(Locator.field("Notes"), "Routes Salesforce messages");
        twin.ui().fill(Locator.field("Search by name"), "Alex Admin");
        assertThat(value("document.getElementById('s')")).isEqualTo("s3cr3t-Pa55");
        assertThat(value("document.getElementById('t')")).isEqualTo("Routes Salesforce messages");
        assertThat(value("document.getElementById('host').shadowRoot.getElementById('inner')")).isEqualTo("Alex Admin");
        assertThat(events()).containsExactly("input:true", "input:true", "input:true");
    }

    @Test
    void aFieldThatIsNoTextInputIsTypedKeyByKey() {
        twin.ui().fill(Locator.field("Count"), "42");
        assertThat(value("document.getElementById('n')")).isEqualTo("42");
        assertThat(events()).contains("keydown:true", "input:true").doesNotContain("keydown:false", "input:false");
    }

    @Test
    void aPageThatRewritesTheTextGetsItTypedKeyByKey() {
        // e.g. a field that keeps only the first ten characters the moment text arrives
        js("document.getElementById('p').addEventListener('input', function (e) { e.target.value = e.target.value.slice(0, 10); });");
        twin.ui().fill(Locator.field("Plain"), "0123456789abc");
        assertThat(events()).as("inserted in one go; not checked until the toolkit's next look").containsExactly("input:true");

        twin.ui().find(Locator.field("Count")); // the next look finds the text did not take: typed again, key by key
        assertThat(value("document.getElementById('p')")).isEqualTo("0123456789");
        assertThat(events()).contains("keydown:true");
    }

    private static String value(String element) {
        return (String) js("return " + element + ".value;");
    }

    @SuppressWarnings("unchecked")
    private static java.util.List<String> events() {
        return (java.util.List<String>) js("return window.events;");
    }

    private static Object js(String script) {
        return twin.script(script);
    }
}
