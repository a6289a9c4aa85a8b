package io.omharness.twin.genesys.model;

/**
 * Who makes an API call: a user (browser session or user token) or an OAuth client with the
 * client-credentials grant, which is not a user.
 */
public record Caller(String userId, String userName, String clientId, String clientName) {

    public static Caller user(User user) {
        return new Caller(user.id(), user.name(), null, null);
    }

    public static Caller client(String clientId, String clientName) {
        return new Caller(null, null, clientId, clientName);
    }

    public boolean isUser() {
        return userId != null;
    }

    /** What a flow lock records: the same caller may edit, any other gets a conflict. */
    public String lockKey() {
        return isUser() ? "user:" + userId : "client:" + clientId;
    }

    public String displayName() {
        return isUser() ? userName : clientName;
    }

    /** How responses name this caller (createdBy, modifiedBy). */
    public Ref ref() {
        return isUser() ? new Ref(userId, userName, "/api/v2/users/" + userId) : new Ref(clientId, clientName, null);
    }
}
