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

    private static void print(Throwable original, String header, PrintWriter out) {
        out.println(header);
        original.printStackTrace(out);
    }

    private static final class Failed extends AssertionError {
        private final transient Throwable original;
        private final String header;

        Failed(Throwable original, String header) {
            super(message(original), original.getCause());
            this.original = original;
            this.header = header;
            setStackTrace(original.getStackTrace());
        }

        @Override
        public void printStackTrace(PrintWriter out) {
            print(original, header, out);
        }

        @Override
        public void printStackTrace(PrintStream out) {
            PrintWriter writer = new PrintWriter(out, true);
            print(original, header, writer);
        }
    }

    private static final class Broken extends RuntimeException {
        private final transient Throwable original;
        private final String header;

        Broken(Throwable original, String header) {
            super(message(original), original.getCause());
            this.original = original;
            this.header = header;
            setStackTrace(original.getStackTrace());
        }

        @Override
        public void printStackTrace(PrintWriter out) {
            print(original, header, out);
        }

        @Override
        public void printStackTrace(PrintStream out) {
            PrintWriter writer = new PrintWriter(out, true);
            print(original, header, writer);
        }
    }
}
