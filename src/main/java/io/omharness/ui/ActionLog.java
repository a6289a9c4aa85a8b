package io.omharness.ui;

import java.util.function.Supplier;

/**
 * Where the toolkit reports each action a page object takes (a click, typing, a choice), one line
 * each, e.g. as nested steps of the running report step. Costs no WebDriver command.
 */
public interface ActionLog {
    ActionLog NONE = new ActionLog() {
        @Override
        public <T> T step(String action, Supplier<T> work) {
            return work.get();
        }
    };

    /** Runs the action as a step named {@code action}; it must never contain a typed value (secrets). */
    <T> T step(String action, Supplier<T> work);

    default void step(String action, Runnable work) {
        step(action, () -> {
            work.run();
            return null;
        });
    }
}
