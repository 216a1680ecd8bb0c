package dev.blogapi.common.http;

import dev.blogapi.common.metrics.BlogMetrics;
import dev.blogapi.common.metrics.RouteTemplate;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Answers an anonymous read from {@link PublicResponseCache} at the HTTP layer, before routing: no
 * resource, transaction or serialisation runs, and a matching If-None-Match is a 304 at once. Reads
 * of one answer that is not kept wait for one render of it (single flight) instead of each asking
 * the database.
 */
@ApplicationScoped
class CachedAnswers {

    /** How long a read waits for another read's render of the same answer before rendering. */
    static final long WAIT_MILLIS = 2_000;

    private final PublicResponseCache cache;
    private final BlogMetrics metrics;
    private final Map<String, Promise<Void>> rendering = new ConcurrentHashMap<>();

    CachedAnswers(PublicResponseCache cache, BlogMetrics metrics) {
        this.cache = cache;
        this.metrics = metrics;
    }

    void register(@Observes Filters filters) {
        filters.register(this::answer, FilterPriorities.CACHED_ANSWERS);
    }

    /** Unlocks a password-protected post: an answer to it is never kept or served from here. */
    static final String POST_PASSWORD = "X-Post-Password";

    /**
     * The key of a read that may be answered from the cache: anonymous GET or HEAD of public
     * content; null for any other request, and for one that sends a token or a post password. The
     * key is the path and the {@link CanonicalQuery}: parameters no read takes, their order and
     * their encoding do not make another entry. Accept is not part of it: every cached route has
     * one media type, which {@link #answer} checks the request accepts.
     */
    static String keyOf(String method, String path, String query, boolean personal) {
        if (personal
                || !(method.equals("GET") || method.equals("HEAD"))
                || path == null
                || CanonicalQuery.names(query, "password")) {
            return null;
        }
        boolean api =
                path.startsWith("/api/v1/")
                        && !path.startsWith("/api/v1/tokens")
                        && !path.startsWith("/api/v1/export")
                        && !path.startsWith("/api/v1/previews/");
        boolean feed = path.contains("feed.") && !path.startsWith("/q/");
        boolean sitemap = path.equals("/sitemap.xml") || path.startsWith("/sitemaps/");
        if (!api && !feed && !sitemap) {
            return null;
        }
        return path + '?' + CanonicalQuery.of(query);
    }

    /** RFC 9110 13.2.2, against the kept answer's ETag and Last-Modified. */
    private static boolean notModified(
            HttpServerRequest request, PublicResponseCache.Answer answer) {
        String lastModified = headerOf(answer, "Last-Modified");
        return Conditional.notModified(
                request.getHeader(HttpHeaders.IF_NONE_MATCH),
                request.getHeader(HttpHeaders.IF_MODIFIED_SINCE),
                answer.etag(),
                Conditional.httpDate(lastModified).orElse(null));
    }

    /** Feeds answer whatever Accept says (see FeedResource); API reads only what it admits. */
    private static boolean acceptable(
            HttpServerRequest request, PublicResponseCache.Answer answer) {
        return !request.path().startsWith("/api/")
                || MediaRanges.accepts(
                        request.getHeader(HttpHeaders.ACCEPT), headerOf(answer, "Content-Type"));
    }

    private static String headerOf(PublicResponseCache.Answer answer, String name) {
        return answer.headers().stream()
                .filter(h -> h.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }

    private void answer(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.method() != HttpMethod.GET
                && request.method() != HttpMethod.HEAD
                && request.path() != null
                && request.path().startsWith("/api/v1/")) {
            // Before the answer's first byte: the writer's next read must not see the old content.
            // A write that said what it touched forgets only that; any other, everything.
            context.addHeadersEndHandler(
                    end -> {
                        RequestChanges.Touched touched = RequestChanges.ofRequest();
                        if (touched == null) {
                            cache.invalidate();
                        } else {
                            cache.forget(touched.topics(), touched.scheduled());
                        }
                    });
            context.next();
            return;
        }
        String key =
                keyOf(
                        request.method().name(),
                        request.path(),
                        request.query(),
                        request.getHeader(HttpHeaders.AUTHORIZATION) != null
                                || request.getHeader(POST_PASSWORD) != null);
        PublicResponseCache.Answer answer = key == null ? null : cache.lookup(key);
        if (answer == null && key != null && cache.listening()) {
            renderOnce(context, key);
            return;
        }
        if (answer == null || !acceptable(request, answer)) {
            context.next();
            return;
        }
        send(context, answer);
    }

    /**
     * A miss: the first read of {@code key} renders it; reads of the same key arriving meanwhile
     * wait for that render (at most {@link #WAIT_MILLIS}) and are answered with what it kept, or
     * render themselves when it kept nothing (an error, a render a write overtook).
     */
    private void renderOnce(RoutingContext context, String key) {
        Promise<Void> mine = Promise.promise();
        Promise<Void> leader = rendering.putIfAbsent(key, mine);
        if (leader == null) {
            context.addEndHandler(
                    ended -> {
                        rendering.remove(key, mine);
                        mine.tryComplete();
                    });
            context.next();
            return;
        }
        Context here = Vertx.currentContext();
        AtomicBoolean resumed = new AtomicBoolean();
        Handler<Void> resume =
                ignored -> {
                    if (resumed.compareAndSet(false, true)) {
                        answerAfterWaiting(context, key);
                    }
                };
        long timer = context.vertx().setTimer(WAIT_MILLIS, id -> here.runOnContext(resume));
        leader.future()
                .onComplete(
                        done -> {
                            context.vertx().cancelTimer(timer);
                            here.runOnContext(resume);
                        });
    }

    private void answerAfterWaiting(RoutingContext context, String key) {
        PublicResponseCache.Answer answer = cache.lookup(key);
        if (answer == null || !acceptable(context.request(), answer)) {
            context.next();
            return;
        }
        metrics.cacheCoalesced();
        send(context, answer);
    }

    private void send(RoutingContext context, PublicResponseCache.Answer answer) {
        HttpServerRequest request = context.request();
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
