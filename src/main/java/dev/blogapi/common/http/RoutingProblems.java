package dev.blogapi.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.blogapi.common.error.Problem;
import dev.blogapi.common.error.ProblemType;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Answers with a problem document from the HTTP layer, before a request reaches a resource (and so
 * the exception mapper): body limits, missing tokens, oversized heads. The unread rest of a request
 * body is read and dropped rather than left in the socket: closing a connection with unread data
 * makes the kernel reset it, and the client would lose the answer. A body too large to drain ends
 * the connection a moment after the answer has gone out.
 */
@ApplicationScoped
public class RoutingProblems {

    /** Unread bodies up to this size are drained so the connection can be kept. */
    static final long DRAIN_BYTES = 1024 * 1024;

    /** How long a connection carrying a body too large to drain stays open after the answer. */
    static final long LINGER_MILLIS = 1_000;

    private final ObjectMapper json;

    public RoutingProblems(ObjectMapper json) {
        this.json = json;
    }

    /** Ends the exchange with {@code type}; extra headers as name/value pairs. */
    public void send(RoutingContext context, ProblemType type, String detail, String... headers) {
        HttpServerRequest request = context.request();
        long unread = unreadBody(request);
        boolean close = unread > DRAIN_BYTES;
        Problem problem = Problem.of(type, detail, request.path(), null);
        var response = context.response().setStatusCode(type.status());
        response.putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            response.putHeader(headers[i], headers[i + 1]);
        }
        if (close) {
            response.putHeader(HttpHeaders.CONNECTION, "close");
        }
        if (unread > 0) {
            request.handler(dropped -> {});
            request.endHandler(end -> {});
            request.resume();
        }
        response.end(serialize(problem))
                .onComplete(
                        sent -> {
                            if (close) {
                                context.vertx()
                                        .setTimer(
                                                LINGER_MILLIS,
                                                timer -> request.connection().close());
                            }
                        });
    }

    // Bytes of body still to come: the declared length, "a lot" when chunked, 0 without a body.
    private static long unreadBody(HttpServerRequest request) {
        if (request.headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
            return Long.MAX_VALUE;
        }
        String declared = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared == null) {
            return 0;
        }
        try {
            return Math.max(0, Long.parseLong(declared.strip()));
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    private String serialize(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Problem records always serialise", e);
        }
    }
}
