package io.omharness.steps;

import io.omharness.genesys.architect.ArchitectPage;
import io.omharness.genesys.architect.FlowEditor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The flow this visit to Architect has open in the editor, and the edits made to it there. Architect
 * keeps edits only in the page until publish, so after a new login they are made again, in order.
 */
final class ArchitectVisit {
    private Optional<FlowEditor> editor = Optional.empty();
    /** The flow whose editor holds unpublished edits; empty before it is open and after publish. */
    private Optional<String> unpublishedFlow = Optional.empty();
    private final List<Consumer<FlowEditor>> edits = new ArrayList<>();

    /** A new visit, or a new flow: nothing is open (a second pass must not redo the first's edits). */
    void start() {
        editor = Optional.empty();
        unpublishedFlow = Optional.empty();
        edits.clear();
    }

    /** The flow is open in the editor; empty when an existing published flow is used as it is. */
    void opened(String flowName, Optional<FlowEditor> opened) {
        editor = opened;
        unpublishedFlow = opened.map(e -> flowName);
        edits.clear();
    }

    Optional<FlowEditor> editor() {
        return editor;
    }

    /** Makes an edit in the open editor (none when the flow is reused as it is) and keeps it to redo. */
    void edit(Consumer<FlowEditor> edit) {
        editor.ifPresent(open -> {
            edit.accept(open);
            edits.add(edit);
        });
    }

    /** Published: Architect holds the edits now, nothing is left to redo. */
    void published() {
        unpublishedFlow = Optional.empty();
        edits.clear();
    }

    /** After a new login, on Architect's flow list: opens the flow again and redoes its unpublished edits. */
    void redo(ArchitectPage architect) {
        unpublishedFlow.ifPresent(flow -> {
            FlowEditor reopened = architect.openFlow(flow);
            editor = Optional.of(reopened);
            edits.forEach(edit -> edit.accept(reopened));
        });
    }
}
