package dev.blogapi.common.http;

import dev.blogapi.common.metrics.BlogMetrics;
import dev.blogapi.common.metrics.RouteTemplate;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * Answers an anonymous read from {@link PublicResponseCache} at the HTTP layer, before routing: no
 * resource, transaction or serialisation runs, and a matching If-None-Match is a 304 at once.
 */
@ApplicationScoped
class CachedAnswers {

    // After the head limits, the token check for writes and the body limit (higher runs first).
    private static final int PRIORITY = 50;

    private final PublicResponseCache cache;
    private final BlogMetrics metrics;

    CachedAnswers(PublicResponseCache cache, BlogMetrics metrics) {
        this.cache = cache;
        this.metrics = metrics;
    }

    void register(@Observes Filters filters) {
        filters.register(this::answer, PRIORITY);
    }

    /**
     * The key of a read that may be answered from the cache: anonymous GET or HEAD of public
     * content; null for any other request.
     */
    static String keyOf(
            String method, String path, String query, String accept, boolean authorized) {
        if (authorized || !(method.equals("GET") || method.equals("HEAD")) || path == null) {
            return null;
        }
        boolean api =
                path.startsWith("/api/v1/")
                        && !path.startsWith("/api/v1/tokens")
                        && !path.startsWith("/api/v1/export");
        boolean feed = path.contains("feed.") && !path.startsWith("/q/");
        if (!api && !feed) {
            return null;
        }
        return path + '?' + (query == null ? "" : query) + '|' + (accept == null ? "" : accept);
    }

    /** RFC 9110 13.2.2: If-None-Match when sent, else If-Modified-Since against Last-Modified. */
    private static boolean notModified(
            HttpServerRequest request, PublicResponseCache.Answer answer) {
        String ifNoneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            return EntityTags.matches(ifNoneMatch, answer.etag());
        }
        String since = request.getHeader(HttpHeaders.IF_MODIFIED_SINCE);
        String lastModified =
                answer.headers().stream()
                        .filter(h -> h.getKey().equalsIgnoreCase("Last-Modified"))
                        .map(Map.Entry::getValue)
                        .findFirst()
                        .orElse(null);
        if (since == null || lastModified == null) {
            return false;
        }
        try {
            return !httpDate(lastModified).isAfter(httpDate(since));
        } catch (DateTimeParseException e) {
            return false; // RFC 9110: an invalid date is ignored
        }
    }

    private static Instant httpDate(String value) {
        return ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    }

    private void answer(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.method() != HttpMethod.GET
                && request.method() != HttpMethod.HEAD
                && request.path() != null
                && request.path().startsWith("/api/v1/")) {
            // Before the answer's first byte: the writer's next read must not see the old content.
            context.addHeadersEndHandler(end -> cache.invalidate());
            context.next();
            return;
        }
        String key =
                keyOf(
                        request.method().name(),
                        request.path(),
                        request.query(),
                        request.getHeader(HttpHeaders.ACCEPT),
                        request.getHeader(HttpHeaders.AUTHORIZATION) != null);
        PublicResponseCache.Answer answer = key == null ? null : cache.lookup(key);
        if (answer == null) {
            context.next();
            return;
        }
        RouteTemplate.set(answer.template());
        HttpServerResponse response = context.response();
        for (Map.Entry<String, String> header : answer.headers()) {
            response.headers().add(header.getKey(), header.getValue());
        }
        if (notModified(request, answer)) {
            metrics.cacheHit(request.path().contains("feed.") ? "feed" : "json");
            response.headers().remove(HttpHeaders.CONTENT_TYPE);
            response.setStatusCode(304).end();
        } else if (request.method() == HttpMethod.HEAD) {
            response.putHeader(HttpHeaders.CONTENT_LENGTH, String.valueOf(answer.body().length));
            response.end();
        } else {
            response.end(Buffer.buffer(answer.body()));
        }
    }
}
