package dev.blogapi.common.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.blogapi.common.http.Topics;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What a write's notification says, and what an instance reads from a batch of them. */
class ContentChangesTest {

    @Test
    void topicsAndTheScheduledMomentTravelAndBatchesAddUp() {
        Instant at = Instant.parse("2026-12-04T10:00:00Z");
        Instant sooner = Instant.parse("2026-12-04T09:00:00Z");
        dev.blogapi.common.http.RequestChanges.Touched touched =
                ContentChanges.parse(
                        List.of(
                                ContentChanges.payloadOf(Set.of("post:1", "all"), at),
                                ContentChanges.payloadOf(Set.of("category:a"), sooner)));
        assertEquals(Set.of("post:1", "all", "category:a"), touched.topics());
        assertEquals(sooner, touched.scheduled());
    }

    @Test
    void aTablesNameOrAnOversizedChangeIsAChangeOfEverything() {
        assertEquals(
                Topics.EVERYTHING,
                ContentChanges.parse(
                                List.of(
                                        ContentChanges.payloadOf(Set.of("post:1"), null),
                                        "category"))
                        .topics());
        Set<String> many = new java.util.HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            many.add("path:/a/very/long/path/" + i);
        }
        assertEquals("*", ContentChanges.payloadOf(many, null));
        assertEquals(Topics.EVERYTHING, ContentChanges.parse(List.of("*")).topics());
    }
}
