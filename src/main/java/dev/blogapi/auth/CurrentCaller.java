package dev.blogapi.auth;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;

/** The caller of the request being served, as Quarkus Security authenticated it. */
@RequestScoped
public class CurrentCaller {

    private final SecurityIdentity identity;

    CurrentCaller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Caller get() {
        Caller caller = identity.getAttribute(TokenIdentityProvider.CALLER);
        return caller == null ? Caller.ANONYMOUS : caller;
    }
}
