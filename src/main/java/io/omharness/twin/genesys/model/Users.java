package io.omharness.twin.genesys.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The org's users. Users do not change after seeding, so no org lock is needed here. */
public final class Users {
    private final Map<String, User> byId = new ConcurrentHashMap<>();

    public User add(String name, String email, String password) {
        User user = new User(UUID.randomUUID().toString(), name, email, password);
        byId.put(user.id(), user);
        return user;
    }

    public Optional<User> byId(String id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    public User require(String id) {
        return byId(id).orElseThrow(() -> GenesysError.notFound("User", id));
    }

    public Optional<User> byEmail(String email) {
        return byId.values().stream().filter(u -> Names.same(u.email(), email)).findFirst();
    }

    /** Users sorted by name: GET /api/v2/users has no name filter (POST /api/v2/users/search finds people). */
    public List<User> list() {
        return byId.values().stream().sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
    }

    /** One criterion of a users search: EXACT, CONTAINS or STARTS_WITH on some of id, name, email, username. */
    public record Criterion(String type, List<String> fields, String value) {
        boolean matches(User user) {
            String wanted = value == null ? "" : value.toLowerCase(java.util.Locale.ROOT);
            return fields.stream().map(f -> field(user, f)).filter(java.util.Objects::nonNull)
                    .map(v -> v.toLowerCase(java.util.Locale.ROOT)).anyMatch(v -> switch (type) {
                        case "EXACT" -> v.equals(wanted);
                        case "STARTS_WITH" -> v.startsWith(wanted);
                        case "CONTAINS" -> v.contains(wanted);
                        default -> throw GenesysError.badRequest("The search type '" + type + "' is not supported.");
                    });
        }

        private static String field(User user, String name) {
            return switch (name) {
                case "id" -> user.id();
                case "name" -> user.name();
                case "email", "username" -> user.email();
                default -> null;
            };
        }
    }

    /** Users matching every criterion (the search's implicit AND), sorted by name. */
    public List<User> search(List<Criterion> criteria) {
        return list().stream().filter(u -> criteria.stream().allMatch(c -> c.matches(u))).toList();
    }

    /** The login check; the same answer for an unknown email and a wrong password. */
    public Optional<User> authenticate(String email, String password) {
        return byEmail(email).filter(u -> u.password() != null && u.password().equals(password));
    }
}
