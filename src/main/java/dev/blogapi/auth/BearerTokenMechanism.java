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
 * broken token finds out at once. An address that keeps presenting bad tokens is refused for the
 * rest of the minute.
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
        String address =
                context.request().remoteAddress() == null
                        ? "unknown"
                        : context.request().remoteAddress().host();
        OptionalLong blocked = throttle.secondsBlocked(address);
        if (blocked.isPresent()) {
            return Uni.createFrom()
                    .failure(
                            new TooManyRequestsException(
                                    "Too many requests with invalid tokens from this address;"
                                            + " retry in "
                                            + blocked.getAsLong()
                                            + " seconds",
                                    blocked.getAsLong()));
        }
        if (header.length() <= SCHEME.length()
                || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            throttle.recordFailure(address);
            return Uni.createFrom()
                    .failure(
                            new AuthenticationFailedException(
                                    "The Authorization header must be 'Bearer <token>'"));
        }
        TokenCredential token =
                new TokenCredential(header.substring(SCHEME.length()).strip(), "bearer");
        return identities
                .authenticate(
                        HttpSecurityUtils.setRoutingContextAttribute(
                                new TokenAuthenticationRequest(token), context))
                .onFailure(AuthenticationFailedException.class)
                .invoke(() -> throttle.recordFailure(address));
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
