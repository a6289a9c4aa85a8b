package io.omharness.browser;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.bidi.HasBiDi;
import org.openqa.selenium.bidi.log.BaseLogEntry;
import org.openqa.selenium.bidi.log.LogEntry;
import org.openqa.selenium.bidi.module.LogInspector;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The browser's console (console.* calls and uncaught JavaScript errors) as WebDriver BiDi reports it
 * while the session runs: the last entries are kept for the failure evidence. Browsers or grids
 * without BiDi give an empty log with the reason.
 */
public final class ConsoleLog {
    private static final int KEEP = 300;
    private final Deque<String> entries = new ArrayDeque<>();
    private final String unavailable;

    private ConsoleLog(String unavailable) {
        this.unavailable = unavailable;
    }

    static ConsoleLog listenTo(WebDriver driver) {
        if (!(driver instanceof HasBiDi)) {
            return new ConsoleLog("this session has no WebDriver BiDi connection");
        }
        try {
            ConsoleLog log = new ConsoleLog(null);
            new LogInspector(driver).onLog(log::add);
            return log;
        } catch (WebDriverException | IllegalArgumentException e) {
            return new ConsoleLog("WebDriver BiDi is not available: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private void add(LogEntry entry) {
        Optional<? extends BaseLogEntry> e = entry.getConsoleLogEntry().map(BaseLogEntry.class::cast)
                .or(() -> entry.getJavascriptLogEntry().map(BaseLogEntry.class::cast))
                .or(() -> entry.getGenericLogEntry().map(BaseLogEntry.class::cast));
        e.ifPresent(x -> {
            String line = Instant.ofEpochMilli(x.getTimestamp()) + " " + x.getLevel() + " " + x.getText();
            synchronized (entries) {
                entries.addLast(line);
                if (entries.size() > KEEP) {
                    entries.removeFirst();
                }
            }
        });
    }

    /** The entries so far, oldest first; or one line saying why there are none. */
    public List<String> lines() {
        synchronized (entries) {
            if (entries.isEmpty()) {
                return List.of(unavailable != null ? "(" + unavailable + ")" : "(the console is empty)");
            }
            return List.copyOf(entries);
        }
    }
}
