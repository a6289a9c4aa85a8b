package io.omharness.twin.genesys.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

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

    /** Users sorted by name; `name` filters like every other listing. */
    public List<User> list(String name) {
        Predicate<String> filter = Names.filter(name);
        return byId.values().stream().filter(u -> filter.test(u.name()))
                .sorted((a, b) -> a.name().compareToIgnoreCase(b.name())).toList();
    }

    /** The login check; the same answer for an unknown email and a wrong password. */
    public Optional<User> authenticate(String email, String password) {
        return byEmail(email).filter(u -> u.password() != null && u.password().equals(password));
    }
}
