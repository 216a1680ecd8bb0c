package dev.blogapi.common.http;

import static dev.blogapi.Api.anonymous;
import static dev.blogapi.Api.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.blogapi.post.TestPosts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** Cache-Control for CDNs and browsers: public reads revalidate, personal ones are never kept. */
@QuarkusTest
class CachePolicyTest {

    private static final String SHARED = "public, max-age=0, must-revalidate";

    @Test
    void publicReadsAreSharedAndRevalidatedRenderedCachedAndNotModified() {
        String slug = TestPosts.published("cache-control").create().getString("slug");
        Response first = anonymous().get("/api/v1/posts/slug/" + slug);
        first.then().statusCode(200).header("Cache-Control", equalTo(SHARED));
        anonymous()
                .get("/api/v1/posts/slug/" + slug)
                .then()
                .header("Cache-Control", equalTo(SHARED));
        anonymous()
                .header("If-None-Match", first.header("ETag"))
                .get("/api/v1/posts/slug/" + slug)
                .then()
                .statusCode(304)
                .header("Cache-Control", equalTo(SHARED));
        anonymous().get("/api/v1/categories").then().header("Cache-Control", equalTo(SHARED));
    }

    @Test
    void tokenReadsAreNeverStored() {
        asAdmin()
                .queryParam("status", "draft")
                .get("/api/v1/posts")
                .then()
                .statusCode(200)
                .header("Cache-Control", equalTo("private, no-store"));
        asAdmin().get("/api/v1/posts").then().header("Cache-Control", equalTo("private, no-store"));
    }

    @Test
    void freshnessAndStaleWhileRevalidateAreSettings() {
        assertEquals(
                "public, max-age=60, must-revalidate, stale-while-revalidate=600",
                new CachePolicy(60, 600).forRead(false));
        assertEquals(SHARED, new CachePolicy(0, 0).forRead(false));
        assertEquals("private, no-store", new CachePolicy(60, 600).forRead(true));
    }
}
