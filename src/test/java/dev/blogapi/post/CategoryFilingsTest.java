package dev.blogapi.post;

import static dev.blogapi.Api.asAdmin;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.blogapi.category.TestCategories;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A category's list walks its filings (V13), which copy their post's publication time: after any
 * write the copy must still be the post's, or a category would list a draft or miss a post.
 */
@QuarkusTest
class CategoryFilingsTest {

    @Inject EntityManager em;

    @Test
    void everyFilingCarriesItsPostsPublicationThroughEachKindOfWrite() {
        String tools = TestCategories.create("filed-tools");
        String wood = TestCategories.create("filed-wood");
        String id =
                TestPosts.published("filed")
                        .at(Instant.parse("2019-03-01T10:00:00Z"))
                        .inCategories(tools)
                        .create()
                        .getString("id");
        assertEquals(List.of(id), listed(tools));

        patch(
                id,
                Map.of("publishedAt", "2018-01-01T00:00:00Z", "categories", List.of(tools, wood)));
        assertEquals(List.of(id), listed(wood));
        assertEquals(0, filingsOutOfStep());

        patch(id, Map.of("status", "draft"));
        assertEquals(List.of(), listed(tools));
        assertEquals(0, filingsOutOfStep());

        patch(id, Map.of("status", "published", "publishedAt", "2017-05-05T05:05:05Z"));
        assertEquals(List.of(id), listed(tools));
        assertEquals(List.of(id), listed(wood));
        assertEquals(0, filingsOutOfStep());

        asAdmin().delete("/api/v1/posts/{id}", id).then().statusCode(204);
        assertEquals(List.of(), listed(tools));
    }

    private static void patch(String id, Map<String, Object> changes) {
        asAdmin()
                .contentType("application/merge-patch+json")
                .body(changes)
                .patch("/api/v1/posts/{id}", id)
                .then()
                .statusCode(200);
    }

    private static List<String> listed(String category) {
        return asAdmin()
                .queryParam("category", category)
                .get("/api/v1/posts")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.id", String.class);
    }

    private long filingsOutOfStep() {
        return ((Number)
                        em.createNativeQuery(
                                        "select count(*) from post_category pc join post p on"
                                                + " p.id = pc.post_id where pc.published_at is"
                                                + " distinct from (case when p.status ="
                                                + " 'published' then p.published_at end)")
                                .getSingleResult())
                .longValue();
    }
}
