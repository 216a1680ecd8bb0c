package dev.blogapi.post;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The SQL of each kind of list, without a database (ListQueryPlansTest runs it on PostgreSQL). */
class PostListQueryTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    private static PostListQuery posts(
            PostFilter.Visibility visibility, String category, String tag, String query) {
        return new PostListQuery(
                PostFilter.posts(visibility, category, tag, null, query, null, null), NOW);
    }

    @Test
    void aPublicListOfOneCategoryWalksItsFilingsNewestFirstAndIsCountedFromTheTally() {
        PostListQuery list = posts(PostFilter.Visibility.PUBLISHED, "tools", null, null);
        String page = list.page(0, null, 21).text();
        assertTrue(page.contains("from post_category pc join post p"), page);
        assertTrue(
                page.endsWith(
                        "order by pc.published_at desc, pc.post_id desc limit :limit offset :offset"),
                page);
        assertTrue(list.positioned());
        PostListQuery.Sql count = list.count();
        assertTrue(
                count.text()
                        .startsWith(
                                "select coalesce((select t.published from post_tally t"
                                        + " where t.scope = 'c'"),
                count.text());
        assertTrue(count.text().contains("p.published_at > :now"), "less the scheduled ones");
        assertEquals("tools", count.params().get("category"));
    }

    @Test
    void aSearchIsCountedRowByRow() {
        PostListQuery.Sql count =
                posts(PostFilter.Visibility.PUBLISHED, null, null, "chisel").count();
        assertTrue(
                count.text().startsWith("select count(*) from post p where p.kind = 'post'"),
                count.text());
        assertTrue(count.text().contains("websearch_to_tsquery('english', :query)"));
        assertEquals("chisel", count.params().get("query"));
    }

    @Test
    void aPageStartingAtARememberedPositionSkipsNothing() {
        PostListQuery.Sql page =
                posts(PostFilter.Visibility.PUBLISHED, null, null, null)
                        .page(40, new PostRepository.ListPosition(NOW, UUID.randomUUID()), 20);
        assertTrue(
                page.text()
                        .contains("(p.published_at, p.id) <= (:startAt, cast(:startId as uuid))"),
                page.text());
        assertFalse(page.text().contains("offset"), page.text());
        assertFalse(page.params().containsKey("offset"));
    }

    @Test
    void draftsAreListedByCreationAndNeedNoClock() {
        PostListQuery list = posts(PostFilter.Visibility.DRAFT, null, null, null);
        String page = list.page(0, null, 10).text();
        assertTrue(page.contains("p.status = 'draft'"), page);
        assertTrue(page.contains("order by p.created_at desc, p.id desc"), page);
        assertFalse(list.page(0, null, 10).params().containsKey("now"));
        assertFalse(list.positioned());
    }

    @Test
    void pagesTakeTheSamePathByTitleAndAreNeverTallied() {
        PostListQuery list =
                new PostListQuery(PostFilter.pages(PostFilter.Visibility.PUBLISHED), NOW);
        String page = list.page(0, null, 10).text();
        assertTrue(page.contains("p.kind = 'page'"), page);
        assertTrue(page.contains("order by lower(p.title), p.slug"), page);
        assertFalse(list.positioned(), "pages are not listed by publication");
        assertTrue(
                list.count()
                        .text()
                        .startsWith("select count(*) from post p where p.kind = 'page'"));
        assertTrue(list.newest(5).text().endsWith("order by lower(p.title), p.slug limit :limit"));
    }
}
