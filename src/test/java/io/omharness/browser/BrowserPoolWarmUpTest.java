package io.omharness.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The pool's warm-up: the browser it starts in the background is the one the first borrow gets. */
class BrowserPoolWarmUpTest {
    private final List<String> events = new CopyOnWriteArrayList<>();

    @Test
    void theFirstBorrowGetsTheBrowserWarmedUpAndNoSecondOneOpens() throws Exception {
        CountDownLatch opening = new CountDownLatch(1);
        BrowserPool pool = new BrowserPool(1, name -> {
            opening.countDown();
            return session(name);
        });
        pool.warmUp();
        assertThat(opening.await(5, TimeUnit.SECONDS)).as("the warm-up opens at once, before any borrow").isTrue();
        BrowserSession first = pool.borrow(Duration.ofSeconds(5));
        pool.giveBack(first);
        assertThat(pool.borrow(Duration.ofSeconds(5))).isSameAs(first);
        assertThat(events).containsExactly("open browser-1");
        pool.close();
        assertThat(events).containsExactly("open browser-1", "quit browser-1");
    }

    @Test
    void aWarmUpThatFailedFailsTheFirstBorrowWithItsOwnMessageAndTheNextBorrowOpensAgain() {
        int[] calls = {0};
        BrowserPool pool = new BrowserPool(1, name -> {
            if (calls[0]++ == 0) {
                throw new IllegalStateException("The browser did not start: no chromium");
            }
            return session(name);
        });
        pool.warmUp();
        assertThatThrownBy(() -> pool.borrow(Duration.ofSeconds(5))).hasMessage("The browser did not start: no chromium");
        assertThat(pool.borrow(Duration.ofSeconds(5)).name()).isEqualTo("browser-1");
        pool.close();
    }

    @Test
    void closingWhileTheWarmUpRunsQuitsItsBrowser() {
        CountDownLatch release = new CountDownLatch(1);
        BrowserPool pool = new BrowserPool(1, name -> {
            try {
                release.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return session(name);
        });
        pool.warmUp();
        release.countDown();
        pool.close();
        assertThat(events).containsExactly("open browser-1", "quit browser-1");
    }

    private BrowserSession session(String name) {
        events.add("open " + name);
        WebDriver driver = (WebDriver) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {WebDriver.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "getWindowHandle" -> "home";
                    case "getWindowHandles" -> java.util.Set.of("home");
                    case "switchTo" -> switchTo();
                    case "quit" -> {
                        events.add("quit " + name);
                        yield null;
                    }
                    default -> null;
                });
        try {
            return new BrowserSession(name, driver, Files.createTempDirectory("pool-test"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static WebDriver.TargetLocator switchTo() {
        return (WebDriver.TargetLocator) Proxy.newProxyInstance(BrowserPoolWarmUpTest.class.getClassLoader(),
                new Class<?>[] {WebDriver.TargetLocator.class}, (proxy, method, args) -> {
                    if (method.getName().equals("alert")) {
                        throw new org.openqa.selenium.NoAlertPresentException();
                    }
                    return null;
                });
    }
}
