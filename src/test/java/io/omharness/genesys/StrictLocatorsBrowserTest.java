package io.omharness.genesys;

import io.omharness.control.TenantOptions;
import io.omharness.fixture.TwinFixture;
import io.omharness.ui.AmbiguousLocator;
import io.omharness.ui.Dialog;
import io.omharness.ui.InvalidLocator;
import io.omharness.ui.Locator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The toolkit's strictness (several visible matches are an error naming them, at once), bad selectors
 * reported at once, and the toast closer, on the Genesys twin. The toolkit waits up to 10 s here, so
 * "at once" is measured against that.
 */
class StrictLocatorsBrowserTest {
    private static final Duration AT_ONCE = Duration.ofSeconds(2);
    private static final Locator CREATE_QUEUE = Locator.button("Create Queue");
    private static TwinFixture twin;
    private static AdminNavigation navigation;

    @BeforeAll
    static void logIn() {
        twin = TwinFixture.withBrowser("strict-locators", 15, TenantOptions.defaults());
        new GenesysLogin(twin.ui(), twin.genesys()).logIn();
        navigation = new AdminNavigation(twin.ui(), twin.genesys().appsUrl());
    }

    @AfterAll
    static void quit() {
        twin.close();
    }

    @AfterEach
    void closeDialogs() {
        js("document.querySelectorAll('gux-modal').forEach(function (m) { m.remove(); });");
    }

    @Test
    void anUnscopedSaveWithTwoDialogsOpenFailsAtOnceNamingBoth() {
        navigation.openQueues();
        twin.ui().click(CREATE_QUEUE);
        Dialog first = new Dialog(twin.ui(), "Create Queue").waitUntilOpen();
        first.fill("Name", "Typed into the first");
        // a second Create Queue dialog, opened by the page's own button (a double click that got through)
        js("arguments[0].click();", twin.ui().find(CREATE_QUEUE));
        assertThat(twin.ui().all(Locator.dialog("Create Queue"), 2)).hasSize(2);

        long start = System.nanoTime();
        assertThatThrownBy(() -> twin.ui().click(Locator.button("Save")))
                .isInstanceOf(AmbiguousLocator.class)
                .hasMessageContaining("button 'Save' matches 2 visible elements")
                .hasMessageContaining("1) <button> button \"Save\"")
                .hasMessageContaining("2) <button> button \"Save\"")
                .hasMessageContaining("in dialog \"Create Queue\"");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(AT_ONCE);
        // scoping within a dialog that is itself ambiguous is no way out
        assertThatThrownBy(() -> first.fill("Name", "again")).isInstanceOf(AmbiguousLocator.class)
                .hasMessageContaining("field 'Name' in dialog 'Create Queue' matches 2 visible elements");
        assertThat(twin.api().getJson("/api/v2/routing/queues?name=Typed*").path("entities")).isEmpty();
    }

    @Test
    void aPageAndADialogShowingTheSameButtonAreTwoMatchesUntilScoped() {
        navigation.openQueues();
        twin.ui().click(CREATE_QUEUE);
        Dialog create = new Dialog(twin.ui(), "Create Queue").waitUntilOpen();
        // a Cancel on the page behind the dialog
        js("var b = document.createElement('gux-button'); b.textContent = 'Cancel'; document.querySelector('main').prepend(b);");

        assertThatThrownBy(() -> twin.ui().click(Locator.button("Cancel"))).isInstanceOf(AmbiguousLocator.class)
                .hasMessageContaining("button 'Cancel' matches 2 visible elements")
                .hasMessageContaining("in dialog \"Create Queue\"");
        create.cancel();
        assertThat(twin.ui().isShown(create.locator())).isFalse();
    }

    @Test
    void aSelectorThatDoesNotParseFailsAtOnceInsteadOfTimingOut() {
        navigation.openQueues();
        Locator broken = Locator.css("queue table", "table[[aria-label=Queues]");
        long start = System.nanoTime();
        assertThatThrownBy(() -> twin.ui().find(broken)).isInstanceOf(InvalidLocator.class)
                .hasMessageContaining("Bad locator queue table").hasMessageContaining("not a valid selector");
        assertThatThrownBy(() -> twin.ui().firstShown(CREATE_QUEUE.within(broken))).isInstanceOf(InvalidLocator.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(AT_ONCE);
    }

    @Test
    void aToastOverTheTargetIsDismissedAndTheClickGoesThrough() {
        navigation.openQueues();
        new QueuesPage(twin.ui()).createQueue("Toast Over Button");
        WebElement toast = twin.ui().find(Locator.role("status", "Queue created"));
        WebElement target = twin.ui().find(CREATE_QUEUE);
        // the toast (2.5 s on screen) lies on the button's centre, where a click would land
        assertThat(coveredBy(target)).isEqualTo("GUX-TOAST");
        js("arguments[0].shadowRoot.querySelector('button[aria-label=Dismiss]').addEventListener('click',"
                + " function () { window.toastDismissed = true; });", toast);

        twin.ui().click(CREATE_QUEUE);

        assertThat(js("return window.toastDismissed === true;")).isEqualTo(true);
        assertThat(twin.ui().isShown(Locator.dialog("Create Queue"))).isTrue();
    }

    private static String coveredBy(WebElement el) {
        return (String) js("var r = arguments[0].getBoundingClientRect();"
                + "return document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2).tagName;", el);
    }

    private static Object js(String script, Object... args) {
        return twin.script(script, args);
    }
}
