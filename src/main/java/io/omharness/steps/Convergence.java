package io.omharness.steps;

import io.omharness.setup.Outcome;
import io.omharness.setup.PlannedStep;
import io.omharness.setup.Receipt;
import io.omharness.setup.SetupInspector;
import io.omharness.setup.SetupKind;

import java.nio.file.Path;

/**
 * How setup converges: with harness.reuse (what ./harness setup runs with) each step first looks at what
 * this run id already has in Genesys Cloud and creates, reuses or repairs accordingly, and every object
 * goes into the run's receipt. Without it, every step creates.
 */
public class Convergence {
    static final Path REPORTS = Path.of("reports");
    private final World world;
    private final Arrange arrange;
    private Receipt receipt;

    public Convergence(World world, Arrange arrange) {
        this.world = world;
        this.arrange = arrange;
    }

    /** What to do with the object of this kind now. */
    public PlannedStep check(SetupKind kind) {
        if (!world.reuse()) {
            return new PlannedStep(kind, world.name(kind.namePart()), PlannedStep.Action.CREATE, "a new object per scenario",
                    java.util.Optional.empty());
        }
        SetupInspector inspector = new SetupInspector(arrange.api(), k -> world.name(k.namePart()), arrange.myUserName());
        return switch (kind) {
            case QUEUE -> inspector.queue();
            case FLOW -> inspector.flow();
            case PLATFORM -> inspector.platform();
            case ROUTE -> inspector.route();
        };
    }

    /** Writes the object into the run's receipt (setup runs only). */
    public void record(PlannedStep step, java.util.function.Supplier<String> id) {
        if (!world.config().reuse()) { // a scenario that reuses within a verify run writes no receipt
            return;
        }
        Outcome outcome = switch (step.action()) {
            case CREATE -> Outcome.CREATED;
            case REUSE -> Outcome.REUSED;
            case REPAIR -> Outcome.REPAIRED;
        };
        String objectId = step.action() == PlannedStep.Action.REUSE ? step.id().orElseGet(id) : id.get();
        receipt().record(step.kind(), step.name(), objectId, outcome);
    }

    public Receipt receipt() {
        if (receipt == null) {
            receipt = Receipt.open(REPORTS, world.config().runId(), world.access().genesys().appsUrl());
        }
        return receipt;
    }
}
