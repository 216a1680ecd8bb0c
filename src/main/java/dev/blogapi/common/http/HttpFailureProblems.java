package dev.blogapi.common.http;

import dev.blogapi.common.error.ProblemType;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * Failures raised by the HTTP layer itself, outside any resource (a request without a Host header,
 * an unreadable request line): answered with a problem document like every other error, never with
 * the framework's default page or a stack trace.
 */
@ApplicationScoped
class HttpFailureProblems {

    private static final Logger LOG = Logger.getLogger(HttpFailureProblems.class);

    private final RoutingProblems problems;

    HttpFailureProblems(RoutingProblems problems) {
        this.problems = problems;
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::answer);
    }

    private void answer(RoutingContext context) {
        if (context.response().ended() || context.response().headWritten()) {
            return;
        }
        Throwable failure = context.failure();
        int status = context.statusCode();
        if (failure != null && String.valueOf(failure.getMessage()).contains("'Host' header")) {
            problems.send(
                    context, ProblemType.MALFORMED_REQUEST, "HTTP/1.1 requests need a Host header");
        } else if (status >= 400 && status < 500) {
            ProblemType type = ProblemType.forStatus(status);
            problems.send(context, type, type.title());
        } else {
            LOG.error("Request failed in the HTTP layer", failure);
            problems.send(
                    context,
                    ProblemType.INTERNAL_ERROR,
                    "The server failed to answer this request; it has been logged.");
        }
    }
}
