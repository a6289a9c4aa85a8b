package io.omharness.browser;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * A small pool of browsers (size = scenario parallelism). Scenarios borrow one, and give it back
 * with its UI state reset, so one browser and its logins serve many scenarios. Every browser quits
 * on {@link #close()}, which also runs from a shutdown hook (Ctrl-C, failures).
 */
public final class BrowserPool implements AutoCloseable {
    private final int capacity;
    private final Function<String, BrowserSession> opener;
    private final BlockingQueue<BrowserSession> idle = new LinkedBlockingQueue<>();
    private final List<BrowserSession> all = new ArrayList<>();
    private final AtomicInteger opened = new AtomicInteger();
    private final AtomicReference<CompletableFuture<BrowserSession>> warming = new AtomicReference<>();
    private final Thread shutdownHook = new Thread(this::quitAll, "browser-pool-shutdown");
    private volatile boolean closed;

    public BrowserPool(int capacity, Function<String, BrowserSession> opener) {
        this.capacity = capacity;
        this.opener = opener;
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts opening one browser in the background, so that it starts while the rest of the run does
     * (the twin, Cucumber); the first {@link #borrow} takes it, and gets its failure if it failed.
     */
    public void warmUp() {
        if (opened.getAndIncrement() >= capacity) {
            opened.decrementAndGet();
            return;
        }
        String name = "browser-" + opened.get();
        CompletableFuture<BrowserSession> future = new CompletableFuture<>();
        warming.set(future);
        Thread opening = new Thread(() -> {
            try {
                future.complete(register(opener.apply(name)));
            } catch (Throwable failed) {
                future.completeExceptionally(failed);
            }
        }, "browser-warm-up");
        opening.setDaemon(true);
        opening.start();
    }

    public BrowserSession borrow(Duration wait) {
        if (closed) {
            throw new IllegalStateException("The browser pool is closed");
        }
        CompletableFuture<BrowserSession> warm = warming.getAndSet(null);
        if (warm != null) {
            try {
                return warm.join();
            } catch (CompletionException failed) {
                opened.decrementAndGet();
                throw failed.getCause() instanceof RuntimeException e ? e : failed;
            }
        }
        BrowserSession session = idle.poll();
        if (session != null) {
            return session;
        }
        if (opened.getAndIncrement() < capacity) {
            return register(opener.apply("browser-" + opened.get()));
        }
        opened.decrementAndGet();
        try {
            BrowserSession freed = idle.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
            if (freed == null) {
                throw new IllegalStateException("No browser became free within " + wait + " (pool of " + capacity + ")");
            }
            return freed;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for a browser", e);
        }
    }

    /** Returns a browser; one whose state cannot be reset is quit and replaced on the next borrow. */
    public void giveBack(BrowserSession session) {
        try {
            session.resetUiState();
            idle.add(session);
        } catch (RuntimeException broken) {
            discard(session);
        }
    }

    private BrowserSession register(BrowserSession fresh) {
        synchronized (all) {
            all.add(fresh);
        }
        return fresh;
    }

    public void discard(BrowserSession session) {
        synchronized (all) {
            all.remove(session);
        }
        opened.decrementAndGet();
        session.quit();
    }

    @Override
    public void close() {
        quitAll();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or has run
        }
    }

    private void quitAll() {
        closed = true;
        CompletableFuture<BrowserSession> warm = warming.getAndSet(null);
        if (warm != null) {
            try {
                warm.join(); // registered in all, quit below
            } catch (CompletionException failedToStart) {
                // nothing to quit
            }
        }
        List<BrowserSession> toQuit;
        synchronized (all) {
            toQuit = new ArrayList<>(all);
            all.clear();
        }
        toQuit.forEach(BrowserSession::quit);
        idle.clear();
    }
}
