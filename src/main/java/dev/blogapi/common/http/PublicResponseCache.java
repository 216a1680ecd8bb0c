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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Finished answers to anonymous reads, kept as bytes with their ETag, so a repeated read or its
 * revalidation is answered without the database. Freshness never rests on a time to live: each
 * answer names the {@link Topics} it shows (a post, a category's lists, every list…), and a change
 * forgets the answers whose topics it touched (a post's write, on this instance or, through
 * PostgreSQL's notification, on any), or every answer (a change whose reach is not known, and the
 * next scheduled post's moment). An answer rendered by a read that a change touching its topics
 * overtook is never kept. While the notifications cannot be received, nothing is kept.
 *
 * <p>Memory is bounded by bytes, not by a count of answers: Caffeine evicts the least recently used
 * answers once their weight (body, headers, key) passes BLOG_CACHE_MAX_BYTES (an eighth of the heap
 * by default), and an answer over an eighth of that bound is never kept.
 */
@ApplicationScoped
public class PublicResponseCache {

    // Fixed costs of an entry beyond its bytes: the map node, the record, the arrays' headers.
    private static final int ENTRY_OVERHEAD = 256;

    /**
     * A kept answer; {@code headers} are name/value pairs, {@code template} the route's, {@code
     * topics} what it shows (see {@link Topics}).
     */
    record Answer(
            byte[] body,
            String etag,
            List<Map.Entry<String, String>> headers,
            String template,
            Set<String> topics) {

        /** An answer whose topics are not known: any change forgets it. */
        Answer(byte[] body, String etag, List<Map.Entry<String, String>> headers, String template) {
            this(body, etag, headers, template, Topics.EVERYTHING);
        }
    }

    /** {@code validUntil} null: not yet known, so nothing is served until a read renews it. */
    private record Generation(long number, Instant validUntil) {}

    /** A value worked out from public content, and the topics it shows. */
    private record Fact(Object value, Set<String> topics) {}

    /** Topics changed since a read started are remembered this many at most (then: everything). */
    private static final int TOPICS_REMEMBERED = 10_000;

    private final Cache<String, Answer> answers;
    private final Cache<String, Fact> facts;
    private final long maxAnswerBytes;
    private final long maxBytes;
    private final AtomicReference<Generation> generation =
            new AtomicReference<>(new Generation(0, null));
    // The generation each topic last changed in, and in which every topic last did: a render that
    // started before either, for a topic it shows, is not kept. Guarded by this.
    private final Map<String, Long> topicChanged = new HashMap<>();
    private long everythingChanged;
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
        return servingGeneration() == null ? null : answers.getIfPresent(key);
    }

    /**
     * A value a read of the current generation {@link #remember remembered} under {@code key}: what
     * public content looks like now (a list's total, where one of its pages starts) without asking
     * the database again. Empty when content changed since, or nothing is kept.
     */
    public <T> Optional<T> recall(String key, Class<T> type) {
        Fact fact = servingGeneration() == null ? null : facts.getIfPresent(key);
        return fact != null && type.isInstance(fact.value())
                ? Optional.of(type.cast(fact.value()))
                : Optional.empty();
    }

    /** Like {@link #keep}, for a value worked out by a read that started in {@code startedIn}. */
    public void remember(String key, long startedIn, Object value) {
        remember(key, startedIn, value, Topics.EVERYTHING);
    }

    /** {@link #remember}, for a value that shows only {@code topics}. */
    public void remember(String key, long startedIn, Object value, Set<String> topics) {
        if (!listening) {
            return;
        }
        renewIfDue();
        synchronized (this) {
            if (!overtaken(startedIn, topics)) {
                facts.put(key, new Fact(value, topics));
            }
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
        renewIfDue();
        if (weightOf(key, answer) > maxAnswerBytes) {
            return;
        }
        synchronized (this) {
            if (!overtaken(startedIn, answer.topics())) {
                answers.put(key, answer);
            }
        }
    }

    /**
     * Whether content {@code topics} show changed after a read that started in {@code startedIn}.
     */
    private boolean overtaken(long startedIn, Set<String> topics) {
        if (everythingChanged > startedIn) {
            return true;
        }
        if (topics.contains(Topics.ANY)) {
            return generation.get().number() > startedIn;
        }
        for (String topic : topics) {
            if (topicChanged.getOrDefault(topic, -1L) > startedIn) {
                return true;
            }
        }
        return false;
    }

    /** Content changed, how far is not known: every kept answer is stale. */
    public synchronized void invalidate() {
        long number = generation.get().number() + 1;
        generation.set(new Generation(number, null));
        everythingChanged = number;
        topicChanged.clear();
        answers.invalidateAll();
        facts.invalidateAll();
    }

    /**
     * Content these topics name changed: the answers showing any of them are forgotten (and those
     * whose topics are not known), the others stay. {@code scheduled}, when not null, is the moment
     * a post the change scheduled goes out: kept answers end then at the latest.
     */
    public synchronized void forget(Set<String> topics, Instant scheduled) {
        if (topics.contains(Topics.ANY)) {
            invalidate();
            return;
        }
        Generation current = generation.get();
        long number = current.number() + 1;
        Instant validUntil = current.validUntil();
        if (validUntil != null && scheduled != null && scheduled.isBefore(validUntil)) {
            validUntil = scheduled;
        }
        generation.set(new Generation(number, validUntil));
        if (topicChanged.size() + topics.size() > TOPICS_REMEMBERED) {
            topicChanged.clear();
            everythingChanged = number;
        }
        topics.forEach(topic -> topicChanged.put(topic, number));
        answers.asMap().values().removeIf(answer -> Topics.touches(answer.topics(), topics));
        facts.asMap().values().removeIf(fact -> Topics.touches(fact.topics(), topics));
    }

    /** Whether answers are kept at all (changes made elsewhere reach this instance). */
    boolean listening() {
        return listening;
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
            everythingChanged = number;
            topicChanged.clear();
            answers.invalidateAll();
            facts.invalidateAll();
        }
        Generation renewed =
                new Generation(number, schedule.nextPublicationAfter(now).orElse(Instant.MAX));
        generation.set(renewed);
        return renewed;
    }
}
