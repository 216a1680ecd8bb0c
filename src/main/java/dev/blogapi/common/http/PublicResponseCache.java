package dev.blogapi.common.http;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Finished answers to anonymous reads, kept as bytes with their ETag, so a repeated read or its
 * revalidation is answered without the database. Freshness never rests on a time to live: each
 * answer belongs to a generation, and a generation ends when content changes (a write on this
 * instance, a notification from PostgreSQL for a write anywhere) or when the next scheduled post's
 * moment comes. While the notifications cannot be received, nothing is kept.
 */
@ApplicationScoped
public class PublicResponseCache {

    /** Beyond this many answers the store starts over: bounded memory, whatever the queries. */
    static final int MAX_ANSWERS = 4096;

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

    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
    private final Map<String, Fact> facts = new ConcurrentHashMap<>();
    private final AtomicReference<Generation> generation =
            new AtomicReference<>(new Generation(0, null));
    private final Clock clock;
    private final PublicationSchedule schedule;
    private volatile boolean listening;

    PublicResponseCache(Clock clock, PublicationSchedule schedule) {
        this.clock = clock;
        this.schedule = schedule;
    }

    /** The kept answer for {@code key}, when it is still the current one; no database work. */
    Answer lookup(String key) {
        Long current = servingGeneration();
        Answer answer = current == null ? null : answers.get(key);
        return answer != null && answer.generation() == current ? answer : null;
    }

    /**
     * A value a read of the current generation {@link #remember remembered} under {@code key}: what
     * public content looks like now (a list's total, where one of its pages starts) without asking
     * the database again. Empty when content changed since, or nothing is kept.
     */
    public <T> Optional<T> recall(String key, Class<T> type) {
        Long current = servingGeneration();
        Fact fact = current == null ? null : facts.get(key);
        return fact != null && fact.generation() == current && type.isInstance(fact.value())
                ? Optional.of(type.cast(fact.value()))
                : Optional.empty();
    }

    /** Like {@link #keep}, for a value worked out by a read that started in {@code startedIn}. */
    public void remember(String key, long startedIn, Object value) {
        if (listening && renewIfDue().number() == startedIn) {
            if (facts.size() >= MAX_ANSWERS) {
                facts.clear();
            }
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
        if (current.number() != startedIn) {
            return;
        }
        if (answers.size() >= MAX_ANSWERS) {
            answers.clear();
        }
        answers.put(key, answer);
    }

    /** Content changed: every kept answer is stale. */
    public synchronized void invalidate() {
        generation.set(new Generation(generation.get().number() + 1, null));
        answers.clear();
        facts.clear();
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
            answers.clear();
            facts.clear();
        }
        Generation renewed =
                new Generation(number, schedule.nextPublicationAfter(now).orElse(Instant.MAX));
        generation.set(renewed);
        return renewed;
    }
}
