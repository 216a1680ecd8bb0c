package dev.blogapi.post;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every public list reaches its posts through an index, never by reading the whole table: with
 * sequential scans priced out, PostgreSQL's plan for each list's count and page names an index.
 */
@QuarkusTest
class ListQueryPlansTest {

    @Inject PostRepository posts;
    @Inject Clock clock;

    @Test
    @TestTransaction
    void eachPublicListUsesAnIndex() {
        posts.getEntityManager()
                .createNativeQuery("set local enable_seqscan = off")
                .executeUpdate();
        Instant now = clock.instant();
        Instant month = LocalDate.of(2020, 6, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
        Map<String, PostFilter> lists =
                Map.of(
                        "first page", filter(null, null, null, null, null),
                        "category", filter("tools", null, null, null, null),
                        "tag",
                                PostFilter.posts(
                                        PostFilter.Visibility.PUBLISHED,
                                        null,
                                        "python",
                                        null,
                                        null,
                                        null,
                                        null),
                        "author", filter(null, "ada-lindqvist", null, null, null),
                        "year and month",
                                filter(null, null, null, month, month.plusSeconds(30 * 86_400)),
                        "search", filter(null, null, "chisels", null, null));
        lists.forEach(
                (name, filter) -> {
                    PostRepository.ListPosition remembered =
                            new PostRepository.ListPosition(
                                    now.minusSeconds(86_400), UUID.randomUUID());
                    for (PostRepository.ListPosition start :
                            new PostRepository.ListPosition[] {null, remembered}) {
                        for (int offset : new int[] {0, 49_980}) {
                            List<String> plans =
                                    posts.plansOfSearch(filter, now, offset, start, 20);
                            for (String plan : plans) {
                                assertTrue(
                                        plan.contains("Index"), name + " uses an index:\n" + plan);
                                assertFalse(
                                        plan.contains("Seq Scan on post "),
                                        name + " reads no whole table of posts:\n" + plan);
                                assertFalse(
                                        plan.contains("Seq Scan on post_category")
                                                || plan.contains("Seq Scan on post_tag"),
                                        name + " reads no whole table of filings:\n" + plan);
                            }
                        }
                    }
                });
    }

    private static PostFilter filter(
            String category, String author, String query, Instant from, Instant to) {
        return PostFilter.posts(
                PostFilter.Visibility.PUBLISHED, category, null, author, query, from, to);
    }
}
