package dev.blogapi.common.http;

import dev.blogapi.common.config.BlogConfig;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.CorsHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who may call the API from a page on another origin, with Vert.x Web's CORS handler (the library
 * under Quarkus's HTTP layer; Quarkus 3.32's own CORS filter is one policy for the whole service
 * and echoes the origin where a public read needs {@code *}): a public read (GET or HEAD without a
 * token) answers any origin with {@code Access-Control-Allow-Origin: *} and no credentials, so a
 * CDN keeps one copy; a write or a token read answers only the origins in BLOG_CORS_ORIGINS, each
 * by name with {@code Vary: Origin}. Anything else gets no CORS headers, and the browser keeps the
 * answer from the page. It runs before the cached answers and conditional GET, so those carry the
 * same headers.
 */
@ApplicationScoped
class CrossOrigin {

    /** What a page may read of an answer beyond the CORS-safelisted headers. */
    static final Set<String> EXPOSED =
            Set.of(
                    "ETag",
                    "Link",
                    "X-Total-Count",
                    "Location",
                    "Content-Location",
                    "Retry-After",
                    "Idempotent-Replayed",
                    "Content-Range",
                    "Accept-Ranges");

    private static final Set<String> READ_HEADERS =
            Set.of("If-None-Match", "If-Modified-Since", "X-Post-Password", "Range", "If-Range");

    private static final Set<String> WRITE_HEADERS =
            Set.of(
                    "Authorization",
                    "Content-Type",
                    "If-Match",
                    "If-None-Match",
                    "If-Modified-Since",
                    "Idempotency-Key",
                    "X-Post-Password");

    private final CorsHandler publicReads;
    private final CorsHandler trustedPages;
    private final List<String> trustedOrigins;

    CrossOrigin(BlogConfig config) {
        this.trustedOrigins = config.corsOrigins().orElse(List.of());
        this.publicReads =
                CorsHandler.create()
                        .allowedMethods(Set.of(HttpMethod.GET, HttpMethod.HEAD))
                        .allowedHeaders(READ_HEADERS)
                        .exposedHeaders(EXPOSED)
                        .maxAgeSeconds(config.corsMaxAge());
        this.trustedPages =
                trustedOrigins.isEmpty()
                        ? null
                        : CorsHandler.create()
                                .addOrigins(trustedOrigins)
                                .allowedMethods(
                                        Set.of(
                                                HttpMethod.GET,
                                                HttpMethod.HEAD,
                                                HttpMethod.POST,
                                                HttpMethod.PUT,
                                                HttpMethod.PATCH,
                                                HttpMethod.DELETE))
                                .allowedHeaders(WRITE_HEADERS)
                                .exposedHeaders(EXPOSED)
                                .maxAgeSeconds(config.corsMaxAge());
    }

    void register(@Observes Filters filters) {
        filters.register(this::apply, FilterPriorities.CROSS_ORIGIN);
    }

    private void apply(RoutingContext context) {
        HttpServerRequest request = context.request();
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin == null) {
            context.next();
        } else if (isPublicRead(request)) {
            publicReads.handle(context);
        } else if (trustedPages != null && trustedOrigins.contains(origin)) {
            // The handler names the origin; a preflight's answer depends on it as much.
            context.response().headers().add(HttpHeaders.VARY, HttpHeaders.ORIGIN);
            trustedPages.handle(context);
        } else {
            context.next();
        }
    }

    /**
     * A GET or HEAD without a token, or the preflight of one: what anyone may read, from anywhere.
     */
    private static boolean isPublicRead(HttpServerRequest request) {
        if (request.method() == HttpMethod.OPTIONS) {
            String method = request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
            String headers = request.getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS);
            return ("GET".equals(method) || "HEAD".equals(method))
                    && (headers == null
                            || !headers.toLowerCase(Locale.ROOT).contains("authorization"));
        }
        return (request.method() == HttpMethod.GET || request.method() == HttpMethod.HEAD)
                && request.getHeader(HttpHeaders.AUTHORIZATION) == null;
    }
}
