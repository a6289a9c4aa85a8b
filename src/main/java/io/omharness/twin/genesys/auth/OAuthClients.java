package io.omharness.twin.genesys.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The org's OAuth client (client-credentials grant) and the bearer tokens issued to it. */
public final class OAuthClients {
    public static final Duration TOKEN_LIFETIME = Duration.ofHours(24);
    private final Clock clock;
    private final String clientId;
    private final String clientName;
    private final byte[] secret;
    private final Map<String, Instant> tokens = new ConcurrentHashMap<>();

    public OAuthClients(Clock clock, String clientId, String clientName, String secret) {
        this.clock = clock;
        this.clientId = clientId;
        this.clientName = clientName;
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    public record Token(String accessToken, Duration expiresIn) {
        @Override
        public String toString() {
            return "Token[expiresIn=" + expiresIn + "]";
        }
    }

    public String clientId() { return clientId; }
    public String clientName() { return clientName; }

    /** A token for the right id and secret (compared in constant time); empty otherwise. */
    public Optional<Token> issue(String id, String givenSecret) {
        boolean ok = clientId.equals(id) && givenSecret != null
                && MessageDigest.isEqual(secret, givenSecret.getBytes(StandardCharsets.UTF_8));
        if (!ok) {
            return Optional.empty();
        }
        String token = Sessions.randomId();
        tokens.put(token, clock.instant().plus(TOKEN_LIFETIME));
        return Optional.of(new Token(token, TOKEN_LIFETIME));
    }

    public boolean valid(String token) {
        Instant expiry = token == null ? null : tokens.get(token);
        return expiry != null && expiry.isAfter(clock.instant());
    }
}
