package io.omharness.twin.salesforce.model;


import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The org's Genesys Cloud Queue and Genesys Cloud Entity records. A retrieval makes them mirror
 * Genesys exactly: records are keyed by their Genesys id, so a second retrieval updates names,
 * adds what is new, removes what Genesys no longer has, and never duplicates.
 */
public final class RecordStore {
    private static final String ID_CHARS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Map<String, SyncedRecord> byKey = new LinkedHashMap<>();

    public synchronized SyncResult mirror(GenesysSnapshot snapshot, Instant now) {
        int[] counts = new int[3];
        mirrorObject(SalesforceObjects.QUEUE_OBJECT, SalesforceObjects.TYPE_QUEUE, snapshot.queues(), now, counts);
        mirrorObject(SalesforceObjects.ENTITY_OBJECT, SalesforceObjects.TYPE_OPEN_MESSAGING, snapshot.integrations(), now, counts);
        return new SyncResult(counts[0], counts[1], counts[2], count(SalesforceObjects.QUEUE_OBJECT),
                count(SalesforceObjects.ENTITY_OBJECT));
    }

    /** Records of one object, sorted by name (what list views and the settings page show). */
    public synchronized List<SyncedRecord> of(String object) {
        List<SyncedRecord> out = new ArrayList<>();
        for (SyncedRecord r : byKey.values()) {
            if (r.object().equals(object)) {
                out.add(r);
            }
        }
        out.sort(Comparator.comparing(SyncedRecord::name, String.CASE_INSENSITIVE_ORDER));
        return out;
    }

    /** Queues first, then entities: the settings page's "Retrieved Options" table. */
    public synchronized List<SyncedRecord> all() {
        List<SyncedRecord> out = new ArrayList<>(of(SalesforceObjects.QUEUE_OBJECT));
        out.addAll(of(SalesforceObjects.ENTITY_OBJECT));
        return out;
    }

    private void mirrorObject(String object, String type, List<GenesysSnapshot.Entity> entities, Instant now, int[] counts) {
        Set<String> seen = new HashSet<>();
        for (GenesysSnapshot.Entity e : entities) {
            if (!seen.add(e.id())) {
                continue; // a page boundary shift can repeat an entity: keep one record
            }
            String key = object + "/" + e.id();
            SyncedRecord existing = byKey.get(key);
            if (existing == null) {
                byKey.put(key, new SyncedRecord(newId(object), object, e.name(), e.id(), type, now, now, now));
                counts[0]++;
            } else {
                byKey.put(key, existing.refreshed(e.name(), now));
                counts[1]++;
            }
        }
        counts[2] += removeMissing(object, seen);
    }

    private int removeMissing(String object, Set<String> seen) {
        int before = byKey.size();
        byKey.values().removeIf(r -> r.object().equals(object) && !seen.contains(r.genesysId()));
        return before - byKey.size();
    }

    private int count(String object) {
        return (int) byKey.values().stream().filter(r -> r.object().equals(object)).count();
    }

    private static String newId(String object) {
        StringBuilder id = new StringBuilder(SalesforceObjects.keyPrefix(object)).append("8c00000");
        for (int i = 0; i < 8; i++) {
            id.append(ID_CHARS.charAt(RANDOM.nextInt(ID_CHARS.length())));
        }
        return id.toString(); // 18 characters, like a case-insensitive record id
    }
}
