package io.omharness.ui;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The last click whose press the page has not been asked about yet. finder.js records what became of
 * each press (see its guarded); instead of one more WebDriver command after every click to read that
 * record, the next lookup reads it in the same command (it runs in the same page before anything else),
 * and Ui reads it explicitly only before a command that is no lookup (a navigation, a window switch).
 * A press the page stopped (it changed between the look and the press) is clicked again then, before
 * anything that depends on it. One ledger per browser: every copy of a Ui shares its root's.
 */
final class PressLedger {
    /** A press and the click to do again if the page stopped it. */
    record Unchecked(String id, Runnable redo) {
    }

    private static final AtomicLong IDS = new AtomicLong();
    private Unchecked last;

    /** A new id for a press, recorded with it in the page. */
    static String newId() {
        return "p" + IDS.incrementAndGet();
    }

    synchronized void leave(Unchecked press) {
        last = press;
    }

    /** The unchecked press, now the caller's to check (null when there is none). */
    synchronized Unchecked take() {
        Unchecked taken = last;
        last = null;
        return taken;
    }

    /** Gives back a press whose check did not happen (the command failed), unless a newer one came. */
    synchronized void giveBack(Unchecked press) {
        if (last == null) {
            last = press;
        }
    }
}
