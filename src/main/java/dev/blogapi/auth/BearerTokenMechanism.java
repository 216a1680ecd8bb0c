package dev.blogapi.auth;

import dev.blogapi.common.error.TooManyRequestsException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Reads {@code Authorization: Bearer <token>} for Quarkus Security. No header means anonymous; a
 * header that is not a valid token fails authentication, even on public reads, so a script with a
 * broken token finds out at once. An address that keeps presenting bad tokens has its further bad
 * tokens answered 429 for the rest of the minute; its valid tokens still work.
 */
@ApplicationScoped
class BearerTokenMechanism implements HttpAuthenticationMechanism {

    static final String REALM = "Bearer realm=\"blog-api\"";
    private static final String SCHEME = "Bearer ";

    private final FailedAuthThrottle throttle;

    BearerTokenMechanism(FailedAuthThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            RoutingContext context, IdentityProviderManager identities) {
        String header = context.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            return Uni.createFrom().nullItem();
        }
        String address = clientAddress(context);
        if (header.length() <= SCHEME.length()
                || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return Uni.createFrom()
                    .failure(
                            refused(
                                    address,
                                    new AuthenticationFailedException(
                                            "The Authorization header must be 'Bearer <token>'")));
        }
        TokenCredential token =
                new TokenCredential(header.substring(SCHEME.length()).strip(), "bearer");
        // The token is checked before the throttle is consulted: a valid token is never refused,
        // so failures sent by a stranger sharing the address (a proxy, a NAT) cannot lock a writer
        // out.
        return identities
                .authenticate(
                        HttpSecurityUtils.setRoutingContextAttribute(
                                new TokenAuthenticationRequest(token), context))
                .onFailure(AuthenticationFailedException.class)
                .transform(failure -> refused(address, failure));
    }

    /**
     * The peer's address, which Quarkus replaces with the forwarded client's only when the operator
     * trusts the proxy ({@code quarkus.http.proxy.*}); a client cannot forge it otherwise.
     */
    private static String clientAddress(RoutingContext context) {
        return context.request().remoteAddress() == null
                ? "unknown"
                : context.request().remoteAddress().host();
    }

    /** A failed check: 429 while the address is over its failures, else counted and passed on. */
    private Throwable refused(String address, Throwable failure) {
        OptionalLong blocked = throttle.secondsBlocked(address);
        if (blocked.isPresent()) {
            return new TooManyRequestsException(
                    "Too many requests with invalid tokens from this address; retry in "
                            + blocked.getAsLong()
                            + " seconds",
                    blocked.getAsLong());
        }
        throttle.recordFailure(address);
        return failure;
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", REALM));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(TokenAuthenticationRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom()
                .item(
                        new HttpCredentialTransport(
                                HttpCredentialTransport.Type.AUTHORIZATION, "bearer"));
    }
}
