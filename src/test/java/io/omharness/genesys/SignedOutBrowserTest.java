package io.omharness.genesys;

import io.omharness.control.TenantOptions;
import io.omharness.fixture.TwinFixture;
import io.omharness.ui.Locator;
import io.omharness.ui.SignedOut;
import io.omharness.ui.Ui;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A wait that finds the browser on the login page (where an ended session sends it) fails at once
 * instead of running out its 15 s, and the login page object itself still works there.
 */
class SignedOutBrowserTest {
    private static final Duration AT_ONCE = Duration.ofSeconds(3);
    private static TwinFixture twin;

    @BeforeAll
    static void start() {
        twin = TwinFixture.withBrowser("signed-out", 15, TenantOptions.defaults());
    }

    @AfterAll
    static void quit() {
        twin.close();
    }

    @Test
    void aWaitOnTheLoginPageEndsAtOnceAndTheLoginStillWorks() {
        Ui guarded = twin.ui().signedOutAt(List.of(GenesysLogin.loginPage(twin.genesys())));
        guarded.open(twin.genesys().loginUrl());

        long start = System.nanoTime();
        SignedOut signedOut = catchThrowableOfType(SignedOut.class, () -> guarded.find(Locator.heading("Queues")));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(signedOut).as("the wait for the Queues heading on the login page").isNotNull();
        assertThat(signedOut.url()).startsWith(GenesysLogin.loginPage(twin.genesys()));
        assertThat(took).as("time until the wait gave up").isLessThan(AT_ONCE);

        new GenesysLogin(guarded, twin.genesys()).logIn();
        new AdminNavigation(guarded, twin.genesys().appsUrl()).openQueues();
        assertThat(guarded.isShown(Locator.heading("Queues"))).isTrue();
    }
}
