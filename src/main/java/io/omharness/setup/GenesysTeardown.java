package io.omharness.setup;

import io.omharness.genesys.api.GenesysApi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Removes a run's objects from Genesys Cloud: first exactly those its receipt names (by id), then
 * anything else named with the run's prefix (what a killed run made before it could record it).
 * Nothing else is touched; the org's other objects are read before and after to prove it.
 */
public final class GenesysTeardown {
    private final GenesysApi api;
    private final String runPrefix;

    /** @param runPrefix e.g. omh-RUN- : only names starting with it are ever removed */
    public GenesysTeardown(GenesysApi api, String runPrefix) {
        if (runPrefix == null || runPrefix.isBlank()) {
            throw new IllegalArgumentException("Teardown needs the run's name prefix, so that it never touches other objects");
        }
        this.api = api;
        this.runPrefix = runPrefix;
    }

    /** Everything not of this run: the org's own objects and other runs'. */
    public Map<String, String> othersObjects() {
        return SetupInspector.ownObjects(api, runPrefix);
    }

    /** Removes the run's objects; returns a line per object removed. */
    public List<String> remove(Optional<Receipt> receipt) {
        List<String> removed = new ArrayList<>();
        receipt.ifPresent(r -> {
            // the integration first (its address goes with it, and so the route), then the flow, then the queue
            removeRecorded(r, SetupKind.PLATFORM, removed);
            removeRecorded(r, SetupKind.FLOW, removed);
            removeRecorded(r, SetupKind.QUEUE, removed);
            r.entries().stream().filter(e -> e.kind() == SetupKind.ROUTE)
                    .forEach(e -> removed.add("message route of " + e.id() + " (removed with its platform)"));
        });
        int swept = api.deleteAllNamedWithPrefix(runPrefix);
        if (swept > 0) {
            removed.add(swept + " more object(s) named " + runPrefix + "* (not in the receipt)");
        }
        return removed;
    }

    private void removeRecorded(Receipt receipt, SetupKind kind, List<String> removed) {
        receipt.entries().stream().filter(e -> e.kind() == kind && e.name().startsWith(runPrefix)).forEach(e -> {
            boolean existed = switch (kind) {
                case PLATFORM -> api.findOpenMessaging(e.name()).filter(i -> i.getId().equals(e.id()))
                        .map(i -> { api.messaging().delete(i.getId()); return true; }).orElse(false);
                case FLOW -> api.findInboundMessageFlow(e.name()).filter(f -> f.getId().equals(e.id()))
                        .map(f -> { api.flows().delete(f.getId()); return true; }).orElse(false);
                case QUEUE -> api.findQueue(e.name()).filter(q -> q.getId().equals(e.id()))
                        .map(q -> { api.deleteQueue(q.getId()); return true; }).orElse(false);
                case ROUTE -> false;
            };
            removed.add(kind.label() + " " + e.name() + " [" + e.id() + "]" + (existed ? "" : " (already gone)"));
        });
    }
}
