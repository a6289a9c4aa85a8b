package io.omharness.twin.salesforce.model;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * "Verify Your Identity": after a correct password the org emails a 6-digit code. The twin keeps the
 * code here; the control API reveals the latest one per tenant, as a test inbox would.
 */
public final class IdentityChallenges {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration VALIDITY = Duration.ofMinutes(10);
    private final Map<String, Challenge> byId = new ConcurrentHashMap<>();
    private final Map<String, String> latestCodeByTenant = new ConcurrentHashMap<>();

    public Challenge issue(String tenantId) {
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        Challenge c = new Challenge(UUID.randomUUID().toString(), tenantId, code, Instant.now().plus(VALIDITY));
        byId.put(c.id(), c);
        latestCodeByTenant.put(tenantId, code);
        return c;
    }

    public Optional<Challenge> pending(String id) {
        Challenge c = id == null ? null : byId.get(id);
        return c == null || Instant.now().isAfter(c.expires()) ? Optional.empty() : Optional.of(c);
    }

    /** True (and the challenge is used up) when the code matches. */
    public boolean verify(String id, String code) {
        Optional<Challenge> c = pending(id);
        if (c.isPresent() && c.get().code().equals(code == null ? "" : code.trim())) {
            byId.remove(id);
            latestCodeByTenant.remove(c.get().tenantId(), c.get().code());
            return true;
        }
        return false;
    }

    public Optional<String> latestCode(String tenantId) {
        return Optional.ofNullable(latestCodeByTenant.get(tenantId));
    }

    public record Challenge(String id, String tenantId, String code, Instant expires) {
        @Override
        public String toString() {
            return "Challenge[tenant " + tenantId + "]";
        }
    }
}
