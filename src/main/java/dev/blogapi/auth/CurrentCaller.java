package dev.blogapi.auth;

import dev.blogapi.common.error.ForbiddenException;
import dev.blogapi.common.error.UnauthorizedException;
import jakarta.enterprise.context.RequestScoped;

/** The caller of the request being served, set by {@link BearerTokenFilter}. */
@RequestScoped
public class CurrentCaller {

    static final String TOKEN_NEEDED = "This operation needs 'Authorization: Bearer <token>'";

    private Caller caller = Caller.ANONYMOUS;

    public Caller get() {
        return caller;
    }

    void set(Caller caller) {
        this.caller = caller;
    }

    /** Any valid token: admin or author. */
    public Caller requireToken() {
        if (!caller.authenticated()) {
            throw new UnauthorizedException(TOKEN_NEEDED);
        }
        return caller;
    }

    public Caller requireAdmin() {
        if (!requireToken().isAdmin()) {
            throw new ForbiddenException("This operation needs an admin token");
        }
        return caller;
    }
}
