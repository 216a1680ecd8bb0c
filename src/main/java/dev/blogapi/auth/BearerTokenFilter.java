package dev.blogapi.auth;

import dev.blogapi.common.error.TooManyRequestsException;
import dev.blogapi.common.error.UnauthorizedException;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Reads {@code Authorization: Bearer <token>}. No header means anonymous; a header that is not a
 * valid token is a 401 even on public reads, so a script with a broken token finds out at once. A
 * client address that keeps presenting bad tokens is answered 429 for the rest of the minute.
 */
public class BearerTokenFilter {

    private static final String SCHEME = "Bearer ";

    private final TokenService tokens;
    private final CurrentCaller currentCaller;
    private final FailedAuthThrottle throttle;

    public BearerTokenFilter(
            TokenService tokens, CurrentCaller currentCaller, FailedAuthThrottle throttle) {
        this.tokens = tokens;
        this.currentCaller = currentCaller;
        this.throttle = throttle;
    }

    @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
    public void authenticate(ContainerRequestContext request, HttpServerRequest http) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            return;
        }
        String address = http.remoteAddress() == null ? "unknown" : http.remoteAddress().host();
        throttle.secondsBlocked(address)
                .ifPresent(
                        seconds -> {
                            throw new TooManyRequestsException(
                                    "Too many requests with invalid tokens from this address;"
                                            + " retry in "
                                            + seconds
                                            + " seconds",
                                    seconds);
                        });
        if (header.length() <= SCHEME.length()
                || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            throttle.recordFailure(address);
            throw new UnauthorizedException("The Authorization header must be 'Bearer <token>'");
        }
        String secret = header.substring(SCHEME.length()).strip();
        var caller = tokens.authenticate(secret);
        if (caller.isEmpty()) {
            throttle.recordFailure(address);
            throw new UnauthorizedException("The bearer token is unknown or revoked");
        }
        currentCaller.set(caller.get());
    }
}
