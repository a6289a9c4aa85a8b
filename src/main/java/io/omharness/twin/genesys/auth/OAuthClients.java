package io.omharness.twin.genesys.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/** The org's OAuth client (client-credentials grant) and the bearer tokens issued to it. */
public final class OAuthClients {
    public static final Duration TOKEN_LIFETIME = Duration.ofHours(24);
    private final Clock clock;
    private final String clientId;
    private final String clientName;
    private final byte[] secret;
    private final Map<String, Instant> tokens = new ConcurrentHashMap<>();
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    private record Window(Instant start, int count) {
    }

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

    /**
     * Counts one request against the token's budget per minute (the real default is about 300 per
     * client-credentials token); when spent, the whole seconds until the minute ends.
     */
    public OptionalLong spend(String token, int perMinute) {
        if (perMinute <= 0 || token == null) {
            return OptionalLong.empty();
        }
        Instant now = clock.instant();
        Window window = windows.compute(token, (t, old) -> old == null || !now.isBefore(old.start().plusSeconds(60))
                ? new Window(now, 1) : new Window(old.start(), old.count() + 1));
        if (window.count() <= perMinute) {
            return OptionalLong.empty();
        }
        long millis = Duration.between(now, window.start().plusSeconds(60)).toMillis();
        return OptionalLong.of(Math.max(1, (millis + 999) / 1000));
    }
}
