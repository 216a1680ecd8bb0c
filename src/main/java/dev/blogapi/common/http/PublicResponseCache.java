package dev.blogapi.common.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.blogapi.common.config.BlogConfig;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Finished answers to anonymous reads, kept as bytes with their ETag, so a repeated read or its
 * revalidation is answered without the database. Freshness never rests on a time to live: each
 * answer belongs to a generation, and a generation ends when content changes (a write on this
 * instance, a notification from PostgreSQL for a write anywhere) or when the next scheduled post's
 * moment comes. While the notifications cannot be received, nothing is kept.
 *
 * <p>Memory is bounded by bytes, not by a count of answers: Caffeine evicts the least recently used
 * answers once their weight (body, headers, key) passes BLOG_CACHE_MAX_BYTES (an eighth of the heap
 * by default), and an answer over an eighth of that bound is never kept.
 */
@ApplicationScoped
public class PublicResponseCache {

    // Fixed costs of an entry beyond its bytes: the map node, the record, the arrays' headers.
    private static final int ENTRY_OVERHEAD = 256;

    /** A kept answer; {@code headers} are name/value pairs, {@code template} the route's. */
    record Answer(
            byte[] body,
            String etag,
            List<Map.Entry<String, String>> headers,
            String template,
            long generation) {}

    /** {@code validUntil} null: not yet known, so nothing is served until a read renews it. */
    private record Generation(long number, Instant validUntil) {}

    /** A value worked out from public content by a read of {@code generation}. */
    private record Fact(Object value, long generation) {}

    private final Cache<String, Answer> answers;
    private final Cache<String, Fact> facts;
    private final long maxAnswerBytes;
    private final long maxBytes;
    private final AtomicReference<Generation> generation =
            new AtomicReference<>(new Generation(0, null));
    private final Clock clock;
    private final PublicationSchedule schedule;
    private volatile boolean listening;

    @Inject
    PublicResponseCache(
            Clock clock, PublicationSchedule schedule, BlogConfig config, MeterRegistry registry) {
        this(clock, schedule, config.cacheMaxBytes().orElse(Runtime.getRuntime().maxMemory() / 8));
        Gauge.builder("blog.cache.bytes", this, PublicResponseCache::weight)
                .description("Bytes the public response cache holds, as weighed")
                .baseUnit("bytes")
                .register(registry);
        Gauge.builder("blog.cache.max.bytes", this, cache -> cache.maxBytes)
                .description("The bound of the public response cache (BLOG_CACHE_MAX_BYTES)")
                .baseUnit("bytes")
                .register(registry);
    }

    PublicResponseCache(Clock clock, PublicationSchedule schedule, long maxBytes) {
        this.clock = clock;
        this.schedule = schedule;
        this.maxBytes = maxBytes;
        // Lists' totals and page starts are small, but their keys carry the query: an eighth.
        this.maxAnswerBytes = maxBytes / 8;
        this.answers =
                Caffeine.newBuilder()
                        .maximumWeight(maxBytes - maxBytes / 8)
                        .weigher((String key, Answer answer) -> weightOf(key, answer))
                        .executor(Runnable::run)
                        .build();
        this.facts =
                Caffeine.newBuilder()
                        .maximumWeight(maxBytes / 8)
                        .weigher((String key, Fact fact) -> 2 * key.length() + ENTRY_OVERHEAD)
                        .executor(Runnable::run)
                        .build();
    }

    private static int weightOf(String key, Answer answer) {
        long weight = ENTRY_OVERHEAD + answer.body().length + 2L * key.length();
        weight += 2L * answer.etag().length();
        for (Map.Entry<String, String> header : answer.headers()) {
            weight += 2L * (header.getKey().length() + header.getValue().length()) + 64;
        }
        return (int) Math.min(Integer.MAX_VALUE, weight);
    }

    /** Bytes held now, as weighed. */
    long weight() {
        return weightOf(answers) + weightOf(facts);
    }

    private static long weightOf(Cache<?, ?> cache) {
        return cache.policy()
                .eviction()
                .map(eviction -> eviction.weightedSize().orElse(0L))
                .orElse(0L);
    }

    /** The kept answer for {@code key}, when it is still the current one; no database work. */
    Answer lookup(String key) {
        Long current = servingGeneration();
        Answer answer = current == null ? null : answers.getIfPresent(key);
        return answer != null && answer.generation() == current ? answer : null;
    }

    /**
     * A value a read of the current generation {@link #remember remembered} under {@code key}: what
     * public content looks like now (a list's total, where one of its pages starts) without asking
     * the database again. Empty when content changed since, or nothing is kept.
     */
    public <T> Optional<T> recall(String key, Class<T> type) {
        Long current = servingGeneration();
        Fact fact = current == null ? null : facts.getIfPresent(key);
        return fact != null && fact.generation() == current && type.isInstance(fact.value())
                ? Optional.of(type.cast(fact.value()))
                : Optional.empty();
    }

    /** Like {@link #keep}, for a value worked out by a read that started in {@code startedIn}. */
    public void remember(String key, long startedIn, Object value) {
        if (listening && renewIfDue().number() == startedIn) {
            facts.put(key, new Fact(value, startedIn));
        }
    }

    /** The generation a read starting now works for; pass it back to {@link #keep}. */
    public long generationNow() {
        return generation.get().number();
    }

    /** The generation whose kept values may be served now, or null when none may. */
    private Long servingGeneration() {
        Generation current = generation.get();
        if (!listening
                || current.validUntil() == null
                || !clock.instant().isBefore(current.validUntil())) {
            return null;
        }
        return current.number();
    }

    /**
     * Keeps an answer rendered by a read that started in generation {@code startedIn}, unless
     * content changed meanwhile. May ask the database when the next publication is (workers only).
     */
    void keep(String key, long startedIn, Answer answer) {
        if (!listening) {
            return;
        }
        Generation current = renewIfDue();
        if (current.number() != startedIn || weightOf(key, answer) > maxAnswerBytes) {
            return;
        }
        answers.put(key, answer);
    }

    /** Content changed: every kept answer is stale. */
    public synchronized void invalidate() {
        generation.set(new Generation(generation.get().number() + 1, null));
        answers.invalidateAll();
        facts.invalidateAll();
    }

    /** Whether changes made elsewhere reach this instance; without that nothing is kept. */
    public void listening(boolean receiving) {
        invalidate();
        listening = receiving;
    }

    private synchronized Generation renewIfDue() {
        Generation current = generation.get();
        Instant now = clock.instant();
        if (current.validUntil() != null && now.isBefore(current.validUntil())) {
            return current;
        }
        long number = current.validUntil() == null ? current.number() : current.number() + 1;
        if (number != current.number()) {
            answers.invalidateAll();
            facts.invalidateAll();
        }
        Generation renewed =
                new Generation(number, schedule.nextPublicationAfter(now).orElse(Instant.MAX));
        generation.set(renewed);
        return renewed;
    }
}
