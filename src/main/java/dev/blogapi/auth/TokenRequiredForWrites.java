package dev.blogapi.auth;

import dev.blogapi.common.error.ProblemMapper;
import dev.blogapi.common.error.ProblemType;
import dev.blogapi.common.http.FilterPriorities;
import dev.blogapi.common.http.RoutingProblems;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;

/**
 * Every write under /api/v1 needs a token, so a write without an Authorization header is refused at
 * the HTTP layer, before a byte of its body is read or parsed. Tokens that are present are checked
 * by Quarkus Security through {@link BearerTokenMechanism}, also before the body is read.
 */
@ApplicationScoped
class TokenRequiredForWrites {

    private static final Set<HttpMethod> WRITES =
            Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    private final RoutingProblems problems;

    TokenRequiredForWrites(RoutingProblems problems) {
        this.problems = problems;
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, FilterPriorities.TOKEN_REQUIRED_FOR_WRITES);
    }

    private void check(RoutingContext context) {
        if (WRITES.contains(context.request().method())
                && context.normalizedPath().startsWith("/api/v1/")
                && context.request().getHeader("Authorization") == null) {
            problems.send(
                    context,
                    ProblemType.UNAUTHORIZED,
                    ProblemMapper.TOKEN_NEEDED,
                    "WWW-Authenticate",
                    BearerTokenMechanism.REALM);
            return;
        }
        context.next();
    }
}
