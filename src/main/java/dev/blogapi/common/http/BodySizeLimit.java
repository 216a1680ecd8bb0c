package dev.blogapi.common.http;

import dev.blogapi.common.config.BlogConfig;
import dev.blogapi.common.error.ProblemType;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.impl.RoutingContextInternal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Counts request bodies against the endpoint's limit with a problem document as the answer (the
 * HTTP layer's own 413 has no body). A declared Content-Length is judged before anything is read; a
 * chunked body is counted as it streams and refused the moment it passes the limit, then handed on
 * whole. Imports get the larger limit. A media upload gets BLOG_MEDIA_MAX_BYTES (and room for a
 * form's boundaries) and, when chunked, streams on uncounted here: the media library counts it as
 * it writes it to disk, so a file is never held in memory.
 */
@ApplicationScoped
class BodySizeLimit {

    static final String IMPORT_PATH = "/api/v1/import";
    static final String MEDIA_PATH = "/api/v1/media";

    /** A multipart form's boundaries, headers and alt and caption fields, beside its file. */
    private static final long FORM_ROOM = 64 * 1024;

    /** After the token check (the higher priority runs first), before anything reads the body. */
    private final BlogConfig config;

    private final RoutingProblems problems;

    BodySizeLimit(BlogConfig config, RoutingProblems problems) {
        this.config = config;
        this.problems = problems;
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, FilterPriorities.BODY_SIZE_LIMIT);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        boolean upload = context.normalizedPath().equals(MEDIA_PATH);
        long limit =
                upload
                        ? config.media().maxBytes() + FORM_ROOM
                        : context.normalizedPath().startsWith(IMPORT_PATH)
                                ? config.maxImportBytes()
                                : config.maxBodyBytes();
        String declared = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null) {
            long length = parse(declared);
            if (length > limit) {
                refuse(context, "The request body is " + length + " bytes", limit);
            } else {
                context.next();
            }
            return;
        }
        if (upload || !request.headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
            context.next();
            return;
        }
        countWhileReading(context, limit);
    }

    private void countWhileReading(RoutingContext context, long limit) {
        HttpServerRequest request = context.request();
        Buffer body = Buffer.buffer();
        boolean[] refused = {false};
        request.handler(
                chunk -> {
                    if (refused[0]) {
                        return;
                    }
                    if (body.length() + (long) chunk.length() > limit) {
                        refused[0] = true;
                        refuse(context, "The request body passed " + limit + " bytes", limit);
                    } else {
                        body.appendBuffer(chunk);
                    }
                });
        request.endHandler(
                end -> {
                    if (!refused[0]) {
                        ((RoutingContextInternal) context).setBody(body);
                        context.next();
                    }
                });
        request.resume();
    }

    private void refuse(RoutingContext context, String what, long limit) {
        problems.send(
                context,
                ProblemType.PAYLOAD_TOO_LARGE,
                what + "; this endpoint accepts at most " + limit + " bytes");
    }

    private static long parse(String declared) {
        try {
            return Long.parseLong(declared.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
