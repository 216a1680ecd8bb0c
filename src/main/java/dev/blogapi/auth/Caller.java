package dev.blogapi.auth;

import java.util.UUID;

/**
 * Who is making the request: anonymous, or the holder of a token.
 *
 * @param key stable identity of the token, scoping idempotency keys
 * @param authorId the author a token writes as; null for an admin token without one
 */
public record Caller(String key, Role role, UUID authorId) {

    public static final Caller ANONYMOUS = new Caller(null, null, null);

    public boolean authenticated() {
        return role != null;
    }

    public boolean isAdmin() {
        return role == Role.admin;
    }
}
