package io.omharness.ui;

/**
 * A modal dialog (role dialog, named by its title) and what every dialog asks of a person: fill its
 * fields, press its button, then either it closes or it stays open with inline errors (role alert)
 * saying why. Its fields and buttons are found within it, so a page's own Save or Cancel never competes.
 */
public final class Dialog {
    private final Ui ui;
    private final String title;
    private final Locator self;
    private final Locator errors;

    public Dialog(Ui ui, String title) {
        this.ui = ui;
        this.title = title;
        this.self = Locator.dialog(title);
        this.errors = Locator.anyOf("alert").within(self);
    }

    /** The dialog itself, e.g. to wait for it or to scope something else within it. */
    public Locator locator() {
        return self;
    }

    public Locator field(String label) {
        return Locator.field(label).within(self);
    }

    public Locator button(String name) {
        return Locator.button(name).within(self);
    }

    public Dialog waitUntilOpen() {
        ui.find(self);
        return this;
    }

    public void fill(String label, CharSequence value) {
        ui.fill(field(label), value);
    }

    /** Picks an option of one of the dialog's comboboxes. */
    public void choose(String label, String option) {
        ui.choose(field(label), option);
    }

    /** Presses the button and waits until the dialog closes; when it stays open with errors, throws them. */
    public void submit(String button) {
        ui.click(button(button));
        if (ui.firstShown(self.absent(), errors.first()) == 1) {
            throw new IllegalStateException(title + " refused: " + errors());
        }
    }

    /** Presses the button expecting the dialog to refuse; returns its errors (the dialog stays open). */
    public String submitExpectingErrors(String button) {
        ui.click(button(button));
        if (ui.firstShown(errors.first(), self.absent()) == 1) {
            throw new IllegalStateException(title + " closed: it was expected to refuse");
        }
        return errors();
    }

    /** The dialog's inline errors, joined by "; " (empty when it shows none). */
    public String errors() {
        return String.join("; ", ui.names(errors));
    }

    public void cancel() {
        ui.click(button("Cancel"));
        ui.waitUntilGone(self);
    }
}
