package io.omharness.ui;

import io.omharness.control.TenantOptions;
import io.omharness.fixture.TwinFixture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ui's clicks on a list that re-renders under the mouse: a press on an item that is replaced between
 * mouse down and up gets no click from the browser, and clickUntilShown knows it from the press's own
 * record and clicks the new item at once, instead of waiting to see whether the first click did anything.
 */
class MouseBrowserTest {
    private static TwinFixture twin;

    @BeforeAll
    static void open() {
        twin = TwinFixture.withBrowser("mouse", 37, TenantOptions.defaults());
    }

    @AfterAll
    static void quit() {
        twin.close();
    }

    @BeforeEach
    void page() {
        twin.ui().open(twin.genesys().loginUrl());
        // Billing: the first press re-renders the list (a search answer arriving), the item is replaced
        js("""
                document.body.innerHTML = '<main><ul role="list" aria-label="Queues"></ul><p id="out"></p></main>';
                window.log = [];
                var list = document.querySelector('ul'), renders = 0;
                function render() {
                  renders++;
                  var li = document.createElement('li'), a = document.createElement('a');
                  a.href = '#billing'; a.textContent = 'Billing';
                  a.addEventListener('mousedown', function () { log.push('down@' + Math.round(performance.now())); if (renders === 1) render(); });
                  a.addEventListener('click', function (e) { e.preventDefault(); log.push('click@' + Math.round(performance.now()));
                    document.getElementById('out').innerHTML = '<h1>Billing</h1>'; });
                  li.appendChild(a); list.replaceChildren(li);
                }
                render();""");
    }

    @Test
    void aClickLostToAReRenderIsRepeatedAtOnce() {
        twin.ui().clickUntilShown(Locator.link("Billing"), Locator.heading("Billing"));

        @SuppressWarnings("unchecked")
        java.util.List<String> log = (java.util.List<String>) js("return window.log;");
        assertThat(log).hasSize(3);
        assertThat(log.get(0)).startsWith("down@");
        assertThat(log.get(1)).startsWith("down@");
        assertThat(log.get(2)).startsWith("click@");
        long firstPress = Long.parseLong(log.get(0).substring(5));
        long click = Long.parseLong(log.get(2).substring(6));
        assertThat(click - firstPress).as("ms from the lost press to the click: no 2 s wait for a click that never came")
                .isLessThan(1900);
    }

    @Test
    void aPlainClickOnAListThatReRendersPressesOnce() {
        // Ui.click presses once: whatever a mouse down started (a drag, a menu) is not repeated
        twin.ui().click(Locator.link("Billing"));
        @SuppressWarnings("unchecked")
        java.util.List<String> log = (java.util.List<String>) js("return window.log;");
        assertThat(log).hasSize(1).allMatch(e -> e.startsWith("down@"));
    }

    @Test
    void aPressThePageStoppedIsClickedAgainBeforeTheNextLookupOrNavigation() {
        // Between the look and the press an overlay slides over the button for 300 ms: the press
        // would reach the overlay, so the page stops it; the next lookup (or URL read) clicks again.
        js("""
                document.body.innerHTML = '<main><button id="b">Save</button><p id="out"></p></main>';
                window.log = [];
                var b = document.getElementById('b'), armed = true, original = document.elementFromPoint;
                b.addEventListener('click', function () { log.push('button'); document.getElementById('out').textContent = 'Saved'; });
                document.elementFromPoint = function (x, y) {
                  var hit = original.call(document, x, y);
                  if (armed) {
                    armed = false;
                    setTimeout(function () {
                      var o = document.createElement('div');
                      o.style.cssText = 'position:fixed;inset:0;background:rgba(0,0,0,.2)';
                      o.addEventListener('click', function () { log.push('overlay'); });
                      document.body.appendChild(o);
                      setTimeout(function () { o.remove(); }, 300);
                    }, 0);
                  }
                  return hit;
                };""");
        twin.ui().click(Locator.button("Save"));
        assertThat(js("return window.log.length")).as("the first press was stopped, and not checked yet").isEqualTo(0L);

        twin.ui().find(Locator.text("Saved"));
        assertThat(js("return window.log")).isEqualTo(java.util.List.of("button"));
    }

    private static Object js(String script) {
        return twin.script(script);
    }
}
