package dev.blogapi.common.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.blogapi.common.config.BlogConfig;
import dev.blogapi.common.error.Problem;
import dev.blogapi.common.error.ProblemType;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Refuses a body whose declared length is over the endpoint's limit before it is read, with a
 * problem document (the HTTP layer's own 413 has no body). Imports get the larger limit.
 */
@ApplicationScoped
public class BodySizeLimit {

    static final String IMPORT_PATH = "/api/v1/import";

    private final BlogConfig config;
    private final ObjectMapper json;

    public BodySizeLimit(BlogConfig config, ObjectMapper json) {
        this.config = config;
        this.json = json;
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, 100);
    }

    private void check(RoutingContext context) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        long limit =
                context.normalizedPath().startsWith(IMPORT_PATH)
                        ? config.maxImportBytes()
                        : config.maxBodyBytes();
        long length = parse(declared);
        if (length <= limit) {
            context.next();
            return;
        }
        Problem problem =
                Problem.of(
                        ProblemType.PAYLOAD_TOO_LARGE,
                        "The request body is "
                                + length
                                + " bytes; this endpoint accepts at most "
                                + limit
                                + " bytes",
                        context.request().path(),
                        null);
        context.response()
                .setStatusCode(413)
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .putHeader(HttpHeaders.CONNECTION, "close")
                .end(serialize(problem));
    }

    private static long parse(String declared) {
        if (declared == null) {
            return 0;
        }
        try {
            return Long.parseLong(declared.strip());
        } catch (NumberFormatException e) {
            return 0;
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
