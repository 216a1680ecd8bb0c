package dev.blogapi.auth;

import dev.blogapi.common.error.UnauthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Reads {@code Authorization: Bearer <token>}. No header means anonymous; a header that is not a
 * valid token is a 401 even on public reads, so a script with a broken token finds out at once.
 */
public class BearerTokenFilter {

    private static final String SCHEME = "Bearer ";

    private final TokenService tokens;
    private final CurrentCaller currentCaller;

    public BearerTokenFilter(TokenService tokens, CurrentCaller currentCaller) {
        this.tokens = tokens;
        this.currentCaller = currentCaller;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public void authenticate(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            return;
        }
        if (header.length() <= SCHEME.length()
                || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            throw new UnauthorizedException("The Authorization header must be 'Bearer <token>'");
        }
        String secret = header.substring(SCHEME.length()).strip();
        currentCaller.set(
                tokens.authenticate(secret)
                        .orElseThrow(
                                () ->
                                        new UnauthorizedException(
                                                "The bearer token is unknown or revoked")));
    }
}
