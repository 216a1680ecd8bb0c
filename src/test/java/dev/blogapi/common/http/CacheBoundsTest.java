package dev.blogapi.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The public response cache is bounded by bytes, and its key by what a read understands. */
class CacheBoundsTest {

    private static final long BOUND = 1_000_000;

    private final PublicResponseCache cache =
            new PublicResponseCache(
                    Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC),
                    now -> Optional.empty(),
                    BOUND);

    private PublicResponseCache.Answer answer(int bytes) {
        return new PublicResponseCache.Answer(
                new byte[bytes],
                "\"etag\"",
                List.of(Map.entry("Content-Type", "application/json")),
                "/api/v1/posts");
    }

    @Test
    void neverHoldsMoreBytesThanItsBoundHoweverManyAnswersComeIn() {
        cache.listening(true);
        for (int i = 0; i < 2_000; i++) {
            cache.keep("/api/v1/posts?q=" + i, cache.generationNow(), answer(50_000));
        }
        assertTrue(cache.weight() <= BOUND, "weighs " + cache.weight());
        assertTrue(cache.weight() > BOUND / 2, "still keeps what fits: " + cache.weight());
    }

    @Test
    void neverKeepsOneAnswerOverAnEighthOfTheBound() {
        cache.listening(true);
        cache.keep("/api/v1/posts?size=100", cache.generationNow(), answer((int) (BOUND / 8)));
        assertNull(cache.lookup("/api/v1/posts?size=100"));
        cache.keep("/api/v1/posts?size=10", cache.generationNow(), answer((int) (BOUND / 10)));
        assertNotNull(cache.lookup("/api/v1/posts?size=10"));
    }

    @Test
    void factsWithLongKeysAreBoundedToo() {
        cache.listening(true);
        for (int i = 0; i < 10_000; i++) {
            cache.remember("posts q=" + "x".repeat(2_000) + i, cache.generationNow(), 1L);
        }
        assertTrue(cache.weight() <= BOUND, "weighs " + cache.weight());
    }

    @Test
    void junkParametersOrderAndEncodingMakeNoNewKey() {
        String canonical = CachedAnswers.keyOf("GET", "/api/v1/posts", "size=100&page=2", false);
        assertEquals("/api/v1/posts?page=2&size=100", canonical);
        for (String variant :
                List.of(
                        "page=2&size=100&v=1",
                        "v=2&size=100&page=2&utm_source=x",
                        "size=%31%30%30&page=2",
                        "page=2&&size=100&_=1700000000")) {
            assertEquals(canonical, CachedAnswers.keyOf("GET", "/api/v1/posts", variant, false));
        }
        assertEquals(
                CachedAnswers.keyOf("GET", "/api/v1/posts", "q=caf%C3%A9+tables", false),
                CachedAnswers.keyOf("GET", "/api/v1/posts", "q=caf%C3%A9%20tables", false));
        assertNull(CachedAnswers.keyOf("GET", "/api/v1/posts/slug/x", "password=x", false));
        assertNull(CachedAnswers.keyOf("GET", "/api/v1/posts", null, true));
        assertFalse(
                CachedAnswers.keyOf("GET", "/api/v1/posts", "category=a&category=b", false)
                        .equals(
                                CachedAnswers.keyOf(
                                        "GET", "/api/v1/posts", "category=b&category=a", false)),
                "a repeated parameter keeps its order: JAX-RS reads the first");
    }

    @Test
    void acceptIsReducedToWhetherItAdmitsTheAnswersType() {
        String json = "application/json";
        assertTrue(MediaRanges.accepts(null, json));
        assertTrue(MediaRanges.accepts("*/*", json));
        assertTrue(MediaRanges.accepts("application/*;q=0.5, text/html", json));
        assertTrue(MediaRanges.accepts("Application/JSON; charset=utf-8", json + ";charset=UTF-8"));
        assertFalse(MediaRanges.accepts("text/html", json));
        assertFalse(MediaRanges.accepts("application/json;q=0", json));
    }
}
