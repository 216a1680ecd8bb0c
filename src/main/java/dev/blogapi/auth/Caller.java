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

    /** Drafts and scheduled posts are for those who write: authors and admins. */
    public boolean seesUnpublished() {
        return role == Role.admin || role == Role.author;
    }

    /** Members-only, paid and password-protected bodies: any token holder, readers included. */
    public boolean readsGated() {
        return role != null;
    }

    public boolean isAdmin() {
        return role == Role.admin;
    }
}
