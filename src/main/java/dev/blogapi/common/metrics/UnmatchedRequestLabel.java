package dev.blogapi.common.metrics;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Keeps the {@code uri} label of the HTTP metrics bounded. Matched requests carry their route
 * template ({@code /api/v1/posts/{id}}); a request refused before any route matched it (unknown
 * path, 405, 406, a refused body or token) would otherwise be labelled with its raw path, letting
 * any client add series at will. Those all share the label {@value #UNMATCHED}.
 */
@ApplicationScoped
class UnmatchedRequestLabel {

    static final String UNMATCHED = "UNMATCHED";

    void register(@Observes Filters filters) {
        filters.register(this::labelUnmatched, Integer.MAX_VALUE);
    }

    private void labelUnmatched(RoutingContext context) {
        context.addHeadersEndHandler(
                end -> {
                    if (context.response().getStatusCode() >= 400
                            && RouteTemplate.current() == null) {
                        RouteTemplate.set(UNMATCHED);
                    }
                });
        context.next();
    }
}
