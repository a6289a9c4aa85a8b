package io.omharness.setup;

import java.util.Optional;

/**
 * What setup would do with one object: create it, reuse it as it is, or repair it (finish what a
 * killed or changed run left), with the reason in words.
 */
public record PlannedStep(SetupKind kind, String name, Action action, String reason, Optional<String> id) {

    public enum Action { CREATE, REUSE, REPAIR }

    static PlannedStep create(SetupKind kind, String name, String reason) {
        return new PlannedStep(kind, name, Action.CREATE, reason, Optional.empty());
    }

    static PlannedStep reuse(SetupKind kind, String name, String id, String reason) {
        return new PlannedStep(kind, name, Action.REUSE, reason, Optional.of(id));
    }

    static PlannedStep repair(SetupKind kind, String name, String id, String reason) {
        return new PlannedStep(kind, name, Action.REPAIR, reason, Optional.of(id));
    }

    public boolean exists() {
        return id.isPresent();
    }
}
