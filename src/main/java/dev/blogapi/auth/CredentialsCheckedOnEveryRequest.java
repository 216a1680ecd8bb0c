package dev.blogapi.auth;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Authentication is lazy, so that its failures reach the one problem mapper; a request that sends a
 * token has it checked at once, before its body is read, so a broken token is a 401 even on a
 * public read that would not otherwise ask who the caller is.
 */
class CredentialsCheckedOnEveryRequest {

    private final CurrentIdentityAssociation identity;

    CredentialsCheckedOnEveryRequest(CurrentIdentityAssociation identity) {
        this.identity = identity;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    Uni<Void> authenticate(ContainerRequestContext request) {
        if (request.getHeaderString(HttpHeaders.AUTHORIZATION) == null) {
            return Uni.createFrom().voidItem();
        }
        return identity.getDeferredIdentity().replaceWithVoid();
    }
}
