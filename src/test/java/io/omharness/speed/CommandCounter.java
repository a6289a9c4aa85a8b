package io.omharness.speed;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.remote.Command;
import org.openqa.selenium.remote.CommandExecutor;
import org.openqa.selenium.remote.RemoteWebDriver;
import org.openqa.selenium.remote.Response;

import java.io.IOException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counts every WebDriver command a driver sends (one per HTTP round trip to the driver), and the time
 * spent inside them, by command name. Installed under the driver's own executor, so the page objects
 * run unchanged on the very driver BrowserFactory built.
 */
final class CommandCounter implements CommandExecutor {
    private final CommandExecutor delegate;
    private final AtomicLong count = new AtomicLong();
    private final Map<String, LongAdder> countByName = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> nanosByName = new ConcurrentHashMap<>();

    private CommandCounter(CommandExecutor delegate) {
        this.delegate = delegate;
    }

    static CommandCounter install(WebDriver driver) {
        RemoteWebDriver remote = (RemoteWebDriver) driver;
        CommandCounter counter = new CommandCounter(remote.getCommandExecutor());
        try {
            Method set = RemoteWebDriver.class.getDeclaredMethod("setCommandExecutor", CommandExecutor.class);
            set.setAccessible(true);
            set.invoke(remote, counter);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot count this driver's commands", e);
        }
        return counter;
    }

    @Override
    public Response execute(Command command) throws IOException {
        long start = System.nanoTime();
        try {
            return delegate.execute(command);
        } finally {
            if (Boolean.getBoolean("benchmark.trace")) {
                Object script = command.getParameters().get("script");
                String what = script == null ? String.valueOf(command.getParameters().keySet()) : String.valueOf(script).substring(0, Math.min(40, String.valueOf(script).length())).replace('\n', ' ');
                Object args = command.getParameters().get("args");
                // the unchecked input can hold typed text, a password too: never printed
                String shown = String.valueOf(args).replaceAll("unchecked=\\{[^}]*}", "unchecked={…}");
                String req = args == null ? "" : shown.substring(0, Math.min(160, shown.length()));
                System.out.printf("[cmd] %6d ms %-24s %s %s%n", (System.nanoTime() - start) / 1_000_000, command.getName(), what, req);
            }
            count.incrementAndGet();
            countByName.computeIfAbsent(command.getName(), n -> new LongAdder()).increment();
            nanosByName.computeIfAbsent(command.getName(), n -> new LongAdder()).add(System.nanoTime() - start);
        }
    }

    long count() {
        return count.get();
    }

    /** Commands sent so far, by name: {count, nanos}. */
    Map<String, long[]> byName() {
        Map<String, long[]> out = new TreeMap<>();
        countByName.forEach((name, n) -> out.put(name, new long[] {n.sum(), nanosByName.get(name).sum()}));
        return out;
    }

    long nanosInCommands() {
        return nanosByName.values().stream().mapToLong(LongAdder::sum).sum();
    }

    void reset() {
        count.set(0);
        countByName.clear();
        nanosByName.clear();
    }
}
