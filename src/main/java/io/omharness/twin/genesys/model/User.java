package io.omharness.twin.genesys.model;

/** A person in the org. Only users with a password can log in to the UI. */
public record User(String id, String name, String email, String password) {

    public UserJson json(Ref division) {
        return new UserJson(id, name, email, email, "active", division, "/api/v2/users/" + id);
    }

    public Ref ref() {
        return new Ref(id, name, "/api/v2/users/" + id);
    }

    /** Never includes the password. */
    public record UserJson(String id, String name, String email, String username, String state, Ref division,
                           String selfUri) {
    }

    @Override
    public String toString() {
        return "User[" + name + " <" + email + ">]";
    }
}
