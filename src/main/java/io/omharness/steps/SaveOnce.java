package io.omharness.steps;

import java.util.function.BooleanSupplier;

/**
 * A form's Save inside a step that runs again when the session ends under it. The product may have
 * taken an earlier press (the session ended while the page reloaded after Save), so a later attempt
 * asks the product first and never saves the same object twice.
 */
final class SaveOnce {
    private enum State { NOT_PRESSED, PRESSED, DONE }

    private State state = State.NOT_PRESSED;

    /**
     * Saves, unless an earlier attempt of this step already did: its save returned, or it was pressed
     * and {@code wentThrough} finds the object. Returns whether it saved now.
     */
    boolean save(BooleanSupplier wentThrough, Runnable save) {
        if (state == State.DONE || state == State.PRESSED && wentThrough.getAsBoolean()) {
            state = State.DONE;
            return false;
        }
        state = State.PRESSED;
        save.run();
        state = State.DONE;
        return true;
    }
}
