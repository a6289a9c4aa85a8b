package io.omharness.twin.salesforce.model;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Salesforce sessions of all tenants. A session id is also an API access token (as in real orgs), so
 * the REST API's token can open the UI through /secur/frontdoor.jsp. Each origin keeps its own cookie,
 * so Setup's session is a second one, minted from the app's.
 */
public final class Sessions {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Map<String, Session> byId = new ConcurrentHashMap<>();

    public Session open(String tenantId, String orgId, Duration lifetime) {
        byte[] bytes = new byte[36];
        RANDOM.nextBytes(bytes);
        String id = orgId.substring(0, 15) + "!" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Session s = new Session(id, tenantId, Instant.now().plus(lifetime));
        byId.put(id, s);
        return s;
    }

    public Optional<Session> valid(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        Session s = byId.get(id);
        if (s == null) {
            return Optional.empty();
        }
        if (Instant.now().isAfter(s.expires())) {
            byId.remove(id);
            return Optional.empty();
        }
        return Optional.of(s);
    }

    public void close(String id) {
        if (id != null) {
            byId.remove(id);
        }
    }

    public record Session(String id, String tenantId, Instant expires) {
        @Override
        public String toString() {
            return "Session[tenant " + tenantId + "]";
        }
    }
}
