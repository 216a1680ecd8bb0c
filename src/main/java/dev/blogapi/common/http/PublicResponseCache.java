package dev.blogapi.common.http;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
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

    private final Map<String, Answer> answers = new ConcurrentHashMap<>();
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
        Generation current = generation.get();
        if (!listening
                || current.validUntil() == null
                || !clock.instant().isBefore(current.validUntil())) {
            return null;
        }
        Answer answer = answers.get(key);
        return answer != null && answer.generation() == current.number() ? answer : null;
    }

    /** The generation a read starting now renders for; pass it back to {@link #keep}. */
    long generationNow() {
        return generation.get().number();
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
        }
        Generation renewed =
                new Generation(number, schedule.nextPublicationAfter(now).orElse(Instant.MAX));
        generation.set(renewed);
        return renewed;
    }
}
