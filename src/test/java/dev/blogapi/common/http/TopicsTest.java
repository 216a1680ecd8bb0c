package dev.blogapi.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What each public route's answer shows, and which changes touch it. */
class TopicsTest {

    private static Set<String> of(
            String template, Map<String, List<String>> path, String... query) {
        Map<String, List<String>> parameters = new java.util.HashMap<>();
        for (int i = 0; i < query.length; i += 2) {
            parameters.put(query[i], List.of(query[i + 1]));
        }
        return Topics.ofAnswer(template, path, parameters);
    }

    @Test
    void listsShowWhatTheirFiltersName() {
        assertEquals(Set.of(Topics.ALL), of("/api/v1/posts", Map.of(), "page", "3"));
        assertEquals(Set.of("category:tools"), of("/api/v1/posts", Map.of(), "category", "Tools"));
        assertEquals(
                Set.of("tag:oak", "author:ada"),
                of("/api/v1/posts", Map.of(), "tag", "oak", "author", "ada"));
        assertEquals(Set.of(Topics.SEARCH), of("/api/v1/posts", Map.of(), "q", "chisel"));
        assertEquals(
                Set.of("month:2007-06"),
                of("/api/v1/posts", Map.of(), "year", "2007", "month", "6"));
        assertEquals(Set.of("year:2007"), of("/api/v1/posts", Map.of(), "year", "2007"));
        assertEquals(Topics.EVERYTHING, of("/api/v1/posts", Map.of(), "year", "soon"));
    }

    @Test
    void singleAnswersFeedsAndTheRest() {
        assertEquals(
                Set.of("post:6a2d9e70-1c3b-4f5a-8e26-b7a4c9d01e22"),
                of(
                        "/api/v1/posts/{id}",
                        Map.of("id", List.of("6A2D9E70-1C3B-4F5A-8E26-B7A4C9D01E22"))));
        assertEquals(
                Set.of("slug:oak"),
                of("/api/v1/posts/slug/{slug}", Map.of("slug", List.of("oak"))));
        assertEquals(
                Set.of("category:tools"),
                of(
                        "/categories/{slug}/feed.{format: rss|atom|json}",
                        Map.of("slug", List.of("tools"))));
        assertEquals(Set.of(Topics.ALL), of("/feed.{format: rss|atom|json}", Map.of()));
        assertEquals(Set.of(Topics.ALL), of("/sitemaps/{name: [a-z0-9-]+}.xml", Map.of()));
        assertEquals(Set.of(Topics.LABELS), of("/api/v1/categories", Map.of()));
        assertEquals(Set.of(Topics.PAGES), of("/api/v1/pages/{id}", Map.of("id", List.of("x"))));
        assertEquals(Topics.EVERYTHING, of("/api/v1/site", Map.of()));
    }

    @Test
    void aChangeTouchesWhatShowsAnyOfItsTopicsAndWhatShowsAnything() {
        assertTrue(Topics.touches(Set.of("category:a", "all"), Set.of("all", "post:1")));
        assertFalse(Topics.touches(Set.of("category:a"), Set.of("category:b", "post:1")));
        assertTrue(Topics.touches(Topics.EVERYTHING, Set.of("post:1")));
    }
}
