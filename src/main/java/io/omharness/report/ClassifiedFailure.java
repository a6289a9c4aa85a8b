package io.omharness.report;

import java.io.PrintStream;
import java.io.PrintWriter;

/**
 * A scenario's failure as the report receives it: the original message and trace, with the kind and
 * where it happened as the trace's first line. Allure marks an AssertionError "failed" and anything
 * else "broken", so a product defect is handed over as an AssertionError and the others are not.
 */
final class ClassifiedFailure {
    private ClassifiedFailure() {
    }

    static Throwable of(Throwable original, FailureKind kind, FailureClassifier.Where where) {
        String header = kind.marker() + " (" + original.getClass().getSimpleName() + " in " + where.description() + ")";
        return kind == FailureKind.PRODUCT_DEFECT ? new Failed(original, header) : new Broken(original, header);
    }

    private static String message(Throwable original) {
        return original.getMessage() != null ? original.getMessage() : original.getClass().getName();
    }

    /** The trace both kinds print: the header, then the original failure's own trace. */
    private record Trace(Throwable original, String header) {
        void print(PrintWriter out) {
            out.println(header);
            original.printStackTrace(out);
        }

        void print(PrintStream out) {
            print(new PrintWriter(out, true));
        }
    }

    // Two classes only because Allure tells "failed" from "broken" by the type: AssertionError or not.

    private static final class Failed extends AssertionError {
        private final transient Trace trace;

        Failed(Throwable original, String header) {
            super(message(original), original.getCause());
            this.trace = new Trace(original, header);
            setStackTrace(original.getStackTrace());
        }

        @Override
        public void printStackTrace(PrintWriter out) {
            trace.print(out);
        }

        @Override
        public void printStackTrace(PrintStream out) {
            trace.print(out);
        }
    }

    private static final class Broken extends RuntimeException {
        private final transient Trace trace;

        Broken(Throwable original, String header) {
            super(message(original), original.getCause());
            this.trace = new Trace(original, header);
            setStackTrace(original.getStackTrace());
        }

        @Override
        public void printStackTrace(PrintWriter out) {
            trace.print(out);
        }

        @Override
        public void printStackTrace(PrintStream out) {
            trace.print(out);
        }
    }
}
