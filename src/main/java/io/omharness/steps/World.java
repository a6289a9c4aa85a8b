package io.omharness.steps;

import io.omharness.genesys.GenesysLogin;

import org.picocontainer.Disposable;
import io.omharness.browser.BrowserSession;
import io.omharness.config.HarnessConfig;
import io.omharness.lifecycle.HarnessRun;
import io.omharness.target.OrgAccess;
import io.omharness.ui.Ui;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * One scenario's world: the browser it borrowed (lazily, on first use), the orgs that browser
 * works on, and the clean-up actions for what the scenario created, run in reverse order at the end.
 */
public class World implements Disposable {
    private final HarnessRun run = HarnessRun.active();
    private static final java.util.concurrent.atomic.AtomicInteger SCENARIOS = new java.util.concurrent.atomic.AtomicInteger();
    private final Deque<Runnable> cleanups = new ArrayDeque<>();
    private final int scenarioNumber = SCENARIOS.incrementAndGet();
    private BrowserSession browser;
    private Ui ui;
    private boolean reuse;

    public HarnessConfig config() {
        return run.config();
    }

    public HarnessRun run() {
        return run;
    }

    public BrowserSession browser() {
        if (browser == null) {
            browser = run.pool().borrow(config().timeouts().sync().multipliedBy(5));
        }
        return browser;
    }

    public boolean hasBrowser() {
        return browser != null;
    }

    public Ui ui() {
        if (ui == null) {
            // a wait that lands on the Genesys login page fails at once: Sessions logs in again and resumes
            ui = new Ui(browser().driver(), config().timeouts().ui(), config().timeouts().poll())
                    .signedOutAt(java.util.List.of(GenesysLogin.loginPage(access().genesys())))
                    .loggingActionsTo(new io.omharness.report.AllureActionLog());
        }
        return ui;
    }

    /** A screenshot of the browser now, attached to the running step (the guide's own pictures). */
    public void screenshot(String name) {
        io.omharness.report.Evidence.screenshot(ui().driver(), name); // ui(): the last click or text checked first
    }

    /** The orgs this browser works on: one sandbox tenant per browser, or the configured real orgs. */
    public OrgAccess access() {
        return browser().remember(OrgAccess.class, run::newOrgAccess);
    }

    /** A name for something this scenario creates: {@code <prefix>-<run id>-s<n>-<what>}, unique per scenario. */
    public String name(String what) {
        // Reuse means "the same objects every time this run id sets up": no per-scenario number.
        return reuse() ? config().nameFor(what) : config().nameFor("s" + scenarioNumber + "-" + what);
    }

    /** harness.reuse, or this scenario's own choice to reuse what its run already built. */
    public boolean reuse() {
        return reuse || config().reuse();
    }

    public void reuseWhatThisRunBuilt() {
        reuse = true;
    }

    /** Registers how to remove something this scenario created (skipped when harness.keep = true). */
    public void onCleanup(Runnable cleanup) {
        cleanups.push(cleanup);
    }

    void runCleanups() {
        if (config().keep()) {
            cleanups.clear();
            return;
        }
        RuntimeException first = null;
        while (!cleanups.isEmpty()) {
            try {
                cleanups.pop().run();
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    @Override
    public void dispose() {
        if (browser != null) {
            run.pool().giveBack(browser);
            browser = null;
        }
    }
}
