package dev.blogapi.post;

import static dev.blogapi.Api.anonymous;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blogapi.category.TestCategories;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** fields=: lean lists and single reads, for index pages that need no bodies. */
@QuarkusTest
class PostFieldsTest {

    private static final String LEAN = "slug,title,excerpt,publishedAt";

    @Test
    void aListWithFewFieldsIsAtLeastTenTimesSmaller() {
        String category = TestCategories.create("lean");
        String paragraph =
                "<p>"
                        + "An ordinary paragraph of an ordinary post, about planes and chisels. "
                                .repeat(8)
                        + "</p>";
        for (int i = 0; i < 100; i++) {
            TestPosts.published("lean-" + i)
                    .inCategories(category)
                    .with("contentHtml", paragraph.repeat(6))
                    .create();
        }
        Response whole = anonymous().get("/api/v1/posts?size=100&category=" + category);
        Response lean =
                anonymous().get("/api/v1/posts?size=100&category=" + category + "&fields=" + LEAN);
        lean.then()
                .statusCode(200)
                .body("totalItems", equalTo(100))
                .body("items.size()", equalTo(100));
        List<Map<String, Object>> items = lean.jsonPath().getList("items");
        items.forEach(
                item ->
                        assertEquals(
                                Set.of("slug", "title", "excerpt", "publishedAt"), item.keySet()));
        int wholeBytes = whole.asByteArray().length;
        int leanBytes = lean.asByteArray().length;
        assertTrue(
                wholeBytes >= 10 * leanBytes,
                "a lean list is " + leanBytes + " bytes, the whole one " + wholeBytes);
        assertNotEquals(whole.header("ETag"), lean.header("ETag"), "fields are part of the ETag");
        anonymous()
                .header("If-None-Match", lean.header("ETag"))
                .get("/api/v1/posts?size=100&category=" + category + "&fields=" + LEAN)
                .then()
                .statusCode(304);
        anonymous()
                .get("/api/v1/posts?size=100&category=" + category)
                .then()
                .body("items[0].contentHtml", containsString("ordinary paragraph"));
    }

    @Test
    void aSingleReadAnswersOnlyTheFieldsAskedForInThePostsOrder() {
        String slug = TestPosts.published("one-lean").create().getString("slug");
        Map<String, Object> post =
                anonymous()
                        .queryParam("fields", "title,author,slug")
                        .get("/api/v1/posts/slug/" + slug)
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getMap("");
        assertEquals(List.of("slug", "title", "author"), List.copyOf(post.keySet()));
        anonymous()
                .queryParam("fields", "slug,body,secrets")
                .get("/api/v1/posts/slug/" + slug)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("body, secrets"))
                .body("detail", containsString("contentHtml"));
        anonymous()
                .queryParam("fields", "slug")
                .get("/api/v1/pages")
                .then()
                .statusCode(200)
                .body("items.findAll { it.title != null }.size()", equalTo(0))
                .body(not(containsString("contentHtml")));
    }
}
