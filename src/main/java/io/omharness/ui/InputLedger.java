package io.omharness.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The last input (a click's press, or text inserted into a field) whose effect the page has not been
 * asked about yet. finder.js records both: what became of each press (see its guarded) and which field
 * text went into. Instead of one more WebDriver command after every click and every fill to read that
 * record, the next lookup reads it in the same command, in the same page, before anything else; Ui reads
 * it on its own only before a command that is no lookup (a navigation, a window switch). An input that
 * did not take (a press the page stopped because it changed between the look and the press, text the
 * page rewrote) is done again then, before anything that depends on it. One ledger per browser: every
 * copy of a Ui shares its root's.
 */
final class InputLedger {
    /** An input, what to check in the page, and how to do it again when the check fails. */
    record Unchecked(String kind, String id, String expectedText, Runnable redo) {
        static Unchecked press(String id, Runnable redo) {
            return new Unchecked("press", id, null, redo);
        }

        static Unchecked text(String id, String expectedText, Runnable redo) {
            return new Unchecked("text", id, expectedText, redo);
        }

        /** The check as finder.js reads it (request.unchecked). */
        Map<String, Object> forPage() {
            Map<String, Object> check = new LinkedHashMap<>();
            check.put("kind", kind);
            check.put("id", id);
            check.put("text", expectedText);
            return check;
        }

        @Override
        public String toString() {
            return kind + " " + id; // never the text: it may be a secret
        }
    }

    private static final AtomicLong IDS = new AtomicLong();
    private Unchecked last;

    /** A new id for an input, recorded with it in the page. */
    static String newId() {
        return "i" + IDS.incrementAndGet();
    }

    synchronized void leave(Unchecked input) {
        last = input;
    }

    synchronized boolean isEmpty() {
        return last == null;
    }

    /** The unchecked input, now the caller's to check (null when there is none). */
    synchronized Unchecked take() {
        Unchecked taken = last;
        last = null;
        return taken;
    }

    /** Gives back an input whose check did not happen (the command failed), unless a newer one came. */
    synchronized void giveBack(Unchecked input) {
        if (last == null) {
            last = input;
        }
    }
}
