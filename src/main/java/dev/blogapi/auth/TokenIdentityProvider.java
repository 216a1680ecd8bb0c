package dev.blogapi.auth;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Turns a bearer token into a caller: its role, and the author it writes as. */
@ApplicationScoped
class TokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    /** The {@link Caller} behind an identity, kept as one of its attributes. */
    static final String CALLER = "blog.caller";

    private final TokenService tokens;

    TokenIdentityProvider(TokenService tokens) {
        this.tokens = tokens;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(
                () ->
                        tokens.authenticate(request.getToken().getToken())
                                .map(TokenIdentityProvider::identityOf)
                                .orElseThrow(
                                        () ->
                                                new AuthenticationFailedException(
                                                        "The bearer token is unknown or revoked")));
    }

    private static SecurityIdentity identityOf(Caller caller) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(caller.key()))
                .addRole(caller.role().name())
                .addAttribute(CALLER, caller)
                .build();
    }
}
