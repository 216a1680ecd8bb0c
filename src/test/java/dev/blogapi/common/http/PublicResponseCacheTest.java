package dev.blogapi.common.http;

import static dev.blogapi.Api.anonymous;
import static dev.blogapi.Api.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.blogapi.category.TestCategories;
import dev.blogapi.common.time.TestClock;
import dev.blogapi.post.TestPosts;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Kept answers are never stale: writes and the clock end them, not a time to live. */
@QuarkusTest
class PublicResponseCacheTest {

    @Inject PublicResponseCache cache;
    @Inject TestClock clock;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    @Test
    void keepsAnAnonymousReadAndAnswersItsRevalidationWith304() {
        String category = TestCategories.create("kept");
        TestPosts.published("kept").inCategories(category).create();
        String etag =
                listOf(category).then().body("totalItems", equalTo(1)).extract().header("ETag");
        assertNotNull(cache.lookup(listKey(category)), "the answer is kept");

        anonymous()
                .accept("application/json")
                .queryParam("category", category)
                .header("If-None-Match", etag)
                .get("/api/v1/posts")
                .then()
                .statusCode(304)
                .header("ETag", equalTo(etag));
        asAdmin().queryParam("category", category).get("/api/v1/posts").then().statusCode(200);
    }

    @Test
    void aWriteIsSeenByTheNextRead() {
        String category = TestCategories.create("fresh");
        String slug =
                TestPosts.published("fresh").inCategories(category).create().getString("slug");
        listOf(category).then().body("totalItems", equalTo(1));
        anonymous().get("/api/v1/posts/slug/{slug}", slug).then().statusCode(200);

        String id = TestPosts.published("second").inCategories(category).create().getString("id");
        assertNull(cache.lookup(listKey(category)), "the write ended the kept answers");
        listOf(category).then().body("totalItems", equalTo(2));

        asAdmin()
                .contentType("application/merge-patch+json")
                .body(Map.of("title", "Renamed"))
                .patch("/api/v1/posts/{id}", id)
                .then()
                .statusCode(200);
        anonymous().get("/api/v1/posts/{id}", id).then().body("title", equalTo("Renamed"));

        asAdmin().delete("/api/v1/posts/{id}", id).then().statusCode(204);
        anonymous().get("/api/v1/posts/{id}", id).then().statusCode(404);
        listOf(category).then().body("totalItems", equalTo(1));
    }

    @Test
    void aScheduledPostAppearsAtItsMomentWithoutAnyWrite() {
        String category = TestCategories.create("moment");
        TestPosts.published("moment")
                .at(clock.instant().plus(Duration.ofMinutes(10)))
                .inCategories(category)
                .create();
        listOf(category).then().body("totalItems", equalTo(0));
        listOf(category).then().body("totalItems", equalTo(0));
        anonymous().get("/categories/{slug}/feed.json", category).then().statusCode(200);

        clock.advance(Duration.ofMinutes(10));

        listOf(category).then().body("totalItems", equalTo(1));
        anonymous()
                .get("/categories/{slug}/feed.json", category)
                .then()
                .body("items.size()", equalTo(1));
    }

    @Test
    void requestsDifferingInJunkParametersOrAcceptShareOneAnswer() {
        String category = TestCategories.create("junk");
        TestPosts.published("junk").inCategories(category).create();
        String etag = listOf(category).then().statusCode(200).extract().header("ETag");
        assertNotNull(cache.lookup(listKey(category)));
        for (String accept : new String[] {"application/json", "*/*", "application/*, text/html"}) {
            anonymous()
                    .accept(accept)
                    .queryParam("v", accept.length())
                    .queryParam("category", category)
                    .get("/api/v1/posts")
                    .then()
                    .statusCode(200)
                    .header("ETag", equalTo(etag))
                    .header("Link", org.hamcrest.Matchers.not(containsString("v=")));
        }
        // An Accept that admits no JSON is not answered from the cache with JSON.
        anonymous()
                .accept("text/html")
                .queryParam("category", category)
                .get("/api/v1/posts")
                .then()
                .statusCode(406);
    }

    private static io.restassured.response.Response listOf(String category) {
        return anonymous()
                .accept("application/json")
                .queryParam("category", category)
                .get("/api/v1/posts");
    }

    private static String listKey(String category) {
        return CachedAnswers.keyOf("GET", "/api/v1/posts", "category=" + category, false);
    }
}
