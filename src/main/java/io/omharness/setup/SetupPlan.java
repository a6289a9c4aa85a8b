package io.omharness.setup;

import java.util.List;
import java.util.Map;

/** Setup's plan for a run id: a step per object, and the org's own objects it will not touch. */
public record SetupPlan(String runId, List<PlannedStep> steps, Map<String, String> untouched) {

    public PlannedStep step(SetupKind kind) {
        return steps.stream().filter(s -> s.kind() == kind).findFirst().orElseThrow();
    }

    /** The plan as ./harness plan prints it. */
    public String describe() {
        StringBuilder out = new StringBuilder("Setup plan for run " + runId + " (read-only: nothing was changed)\n");
        for (PlannedStep s : steps) {
            out.append(String.format("  %-7s %-24s %-28s %s%n", s.action(), s.kind().label(), s.name(),
                    s.reason() + s.id().map(id -> " [" + id + "]").orElse("")));
        }
        out.append("  Not touched: ").append(untouched.size()).append(" object(s) of the org's own");
        untouched.values().stream().sorted().limit(12).forEach(v -> out.append("\n    ").append(v));
        if (untouched.size() > 12) {
            out.append("\n    … and ").append(untouched.size() - 12).append(" more");
        }
        return out.toString();
    }
}
