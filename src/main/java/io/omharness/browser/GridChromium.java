package io.omharness.browser;

import org.openqa.selenium.Capabilities;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.remote.CommandInfo;
import org.openqa.selenium.remote.HttpCommandExecutor;
import org.openqa.selenium.remote.RemoteWebDriver;
import org.openqa.selenium.remote.http.HttpMethod;

import java.net.URL;
import java.util.Map;

/**
 * A Chromium session on a Selenium Grid that also sends ChromeDriver's own DevTools command
 * ({@code POST /session/{id}/goog/cdp/execute}, what a local ChromeDriver sends for executeCdpCommand).
 * The Grid forwards every command of a session to its node's driver, so typing by text insertion and
 * JPEG screenshots work there as locally instead of key by key and as PNGs. (It did not measurably
 * shorten Grid scenarios: their extra cost is the hub and node on every command; README, Selenium Grid.)
 */
final class GridChromium extends RemoteWebDriver implements HasCdp {
    private static final String EXECUTE_CDP = "executeCdpCommand";

    GridChromium(URL grid, Capabilities capabilities) {
        super(new HttpCommandExecutor(Map.of(EXECUTE_CDP,
                new CommandInfo("/session/:sessionId/goog/cdp/execute", HttpMethod.POST)), grid), capabilities);
    }

    @Override
    @SuppressWarnings("unchecked")
    public Map<String, Object> executeCdpCommand(String commandName, Map<String, Object> parameters) {
        Object value = execute(EXECUTE_CDP, Map.of("cmd", commandName, "params", parameters)).getValue();
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }
}
