package dev.blogapi.common.http;

import dev.blogapi.common.config.BlogConfig;
import dev.blogapi.common.error.ProblemType;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;

/**
 * Refuses an over-long request target (414) or oversized headers (431) with a problem document. The
 * HTTP decoder's own limits (quarkus.http.limits.*) are set well above these so that the decoder,
 * whose refusals have no body, only catches what is far beyond them.
 */
@ApplicationScoped
class RequestHeadLimits {

    private final BlogConfig config;
    private final RoutingProblems problems;

    RequestHeadLimits(BlogConfig config, RoutingProblems problems) {
        this.config = config;
        this.problems = problems;
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, FilterPriorities.REQUEST_HEAD_LIMITS);
    }

    private void check(RoutingContext context) {
        int uriBytes = context.request().uri().length();
        if (uriBytes > config.maxUriBytes()) {
            problems.send(
                    context,
                    ProblemType.URI_TOO_LONG,
                    "The request target is "
                            + uriBytes
                            + " bytes; at most "
                            + config.maxUriBytes()
                            + " are accepted");
            return;
        }
        long headerBytes = 0;
        for (Map.Entry<String, String> header : context.request().headers()) {
            headerBytes += header.getKey().length() + header.getValue().length() + 4;
        }
        if (headerBytes > config.maxHeaderBytes()) {
            problems.send(
                    context,
                    ProblemType.HEADERS_TOO_LARGE,
                    "The request headers take "
                            + headerBytes
                            + " bytes; at most "
                            + config.maxHeaderBytes()
                            + " are accepted");
            return;
        }
        context.next();
    }
}
