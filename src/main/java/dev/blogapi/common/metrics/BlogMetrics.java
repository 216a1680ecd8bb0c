package dev.blogapi.common.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;

/** The service's own counters, next to the HTTP server metrics at /q/metrics. */
@ApplicationScoped
public class BlogMetrics {

    private final MeterRegistry registry;

    public BlogMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** {@code operation}: create, replace, patch, delete. */
    public void postWritten(String operation) {
        count(
                "blog.posts.written",
                "Posts created, changed or deleted through the API",
                "operation",
                operation);
    }

    /** What became of an import's items: created, updated, unchanged, failed. */
    public void imported(int created, int updated, int unchanged, int failed) {
        items("created", created);
        items("updated", updated);
        items("unchanged", unchanged);
        items("failed", failed);
    }

    private void items(String outcome, int count) {
        Counter.builder("blog.import.items")
                .description("Items read by imports, by outcome")
                .tag("outcome", outcome)
                .register(registry)
                .increment(count);
    }

    public void importRequest(String source) {
        count("blog.import.requests", "Import requests", "source", source);
    }

    public void feedRendered(Enum<?> format) {
        count(
                "blog.feed.renders",
                "Feeds rendered",
                "format",
                format.name().toLowerCase(Locale.ROOT));
    }

    /** A conditional GET answered 304: the client's cached copy was still good. */
    public void cacheHit(String kind) {
        count("blog.cache.hits", "Conditional GETs answered 304 Not Modified", "kind", kind);
    }

    /** A read answered with another read's render of the same answer (single flight). */
    public void cacheCoalesced() {
        count(
                "blog.cache.coalesced",
                "Reads that waited for another read's render of the same answer",
                "kind",
                "render");
    }

    private void count(String name, String description, String tag, String value) {
        Counter.builder(name)
                .description(description)
                .tag(tag, value)
                .register(registry)
                .increment();
    }
}
