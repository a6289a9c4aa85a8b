package io.omharness.report;

/**
 * A scenario's failure as the report receives it: the original message, stack and cause, with the kind
 * and where it happened as the trace's first line. Allure marks an AssertionError "failed" and anything
 * else "broken", so a product defect is handed over as an AssertionError and the others are not.
 */
final class ClassifiedFailure {
    private ClassifiedFailure() {
    }

    static Throwable of(Throwable original, FailureKind kind, FailureClassifier.Where where) {
        String header = kind.marker() + " (" + original.getClass().getSimpleName() + " in " + where.description() + ")\n"
                + original;
        Throwable handedOver = kind == FailureKind.PRODUCT_DEFECT ? new Failed(message(original), header)
                : new Broken(message(original), header);
        handedOver.initCause(original.getCause());
        handedOver.setStackTrace(original.getStackTrace());
        for (Throwable suppressed : original.getSuppressed()) {
            handedOver.addSuppressed(suppressed);
        }
        return handedOver;
    }

    private static String message(Throwable original) {
        return original.getMessage() != null ? original.getMessage() : original.getClass().getName();
    }

    // Two classes only because Allure tells "failed" from "broken" by the type. A trace starts with
    // toString(): there it is the header and the original's own first line.

    private static final class Failed extends AssertionError {
        private final String header;

        Failed(String message, String header) {
            super(message);
            this.header = header;
        }

        @Override
        public String toString() {
            return header;
        }
    }

    private static final class Broken extends RuntimeException {
        private final String header;

        Broken(String message, String header) {
            super(message);
            this.header = header;
        }

        @Override
        public String toString() {
            return header;
        }
    }
}
