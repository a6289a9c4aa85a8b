package io.omharness.twin.genesys.auth;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * UI sessions (the gcx_session cookie). A session ends a fixed lifetime after login (predictable for
 * tests of re-login); an expired one is kept until logout so the login redirect can still name its org.
 */
public final class Sessions {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Clock clock;
    private final Supplier<Duration> lifetime;
    private final Map<String, Entry> byId = new ConcurrentHashMap<>();
    // the web apps' bearer tokens (implicit grant): each belongs to a session and lives as long as it
    private final Map<String, String> sessionByToken = new ConcurrentHashMap<>();

    public Sessions(Clock clock, Supplier<Duration> lifetime) {
        this.clock = clock;
        this.lifetime = lifetime;
    }

    private record Entry(String userId, Instant expiresAt) {
    }

    public enum State { ACTIVE, EXPIRED, UNKNOWN }

    public String open(String userId) {
        String id = randomId();
        byId.put(id, new Entry(userId, clock.instant().plus(lifetime.get())));
        return id;
    }

    public State state(String sessionId) {
        Entry entry = sessionId == null ? null : byId.get(sessionId);
        if (entry == null) {
            return State.UNKNOWN;
        }
        return entry.expiresAt().isAfter(clock.instant()) ? State.ACTIVE : State.EXPIRED;
    }

    /** The session's user while it is active. */
    public Optional<String> use(String sessionId) {
        if (state(sessionId) != State.ACTIVE) {
            return Optional.empty();
        }
        return Optional.ofNullable(byId.get(sessionId)).map(Entry::userId);
    }

    public void close(String sessionId) {
        if (sessionId != null) {
            byId.remove(sessionId);
            sessionByToken.values().removeIf(sessionId::equals);
        }
    }

    /** A bearer token for the web apps of an active session, with its remaining lifetime. */
    public Optional<UserToken> issueToken(String sessionId) {
        if (state(sessionId) != State.ACTIVE) {
            return Optional.empty();
        }
        String token = randomId();
        sessionByToken.put(token, sessionId);
        Duration left = Duration.between(clock.instant(), byId.get(sessionId).expiresAt());
        return Optional.of(new UserToken(token, left.isNegative() ? Duration.ZERO : left));
    }

    public record UserToken(String accessToken, Duration expiresIn) {
        @Override
        public String toString() {
            return "UserToken[***]";
        }
    }

    /** The user behind a web app's bearer token while its session is active. */
    public Optional<String> userOfToken(String token) {
        String sessionId = token == null ? null : sessionByToken.get(token);
        return sessionId == null ? Optional.empty() : use(sessionId);
    }

    static String randomId() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
