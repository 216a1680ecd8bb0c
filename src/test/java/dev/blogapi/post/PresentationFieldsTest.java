package dev.blogapi.post;

import static dev.blogapi.Api.anonymous;
import static dev.blogapi.Api.asAdmin;
import static dev.blogapi.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/**
 * What a front end shows around a post (featured image, featured, canonical URL, meta title and
 * description): written, read, kept by a merge patch, reset by a replace, and in the feeds.
 */
@QuarkusTest
class PresentationFieldsTest {

    @Test
    void areWrittenReadPatchedReplacedAndFed() {
        String slug = unique("presented");
        String id =
                asAdmin()
                        .contentType(ContentType.JSON)
                        .body(
                                """
                        {"title": "Presented", "slug": "%s", "status": "published",
                         "contentHtml": "<p>Body.</p>",
                         "featuredImage": {"url": "/media/bench.jpg", "alt": "A bench", "caption": "Before"},
                         "featured": true, "canonicalUrl": "https://elsewhere.example/presented",
                         "metaTitle": "Presented, for search", "metaDescription": "What it is."}"""
                                        .formatted(slug))
                        .post("/api/v1/posts")
                        .then()
                        .statusCode(201)
                        .body("featuredImage.url", equalTo("/media/bench.jpg"))
                        .body("featured", equalTo(true))
                        .extract()
                        .path("id");
        anonymous()
                .get("/api/v1/posts/" + id)
                .then()
                .body("featuredImage.alt", equalTo("A bench"))
                .body("featuredImage.caption", equalTo("Before"))
                .body("canonicalUrl", equalTo("https://elsewhere.example/presented"))
                .body("metaTitle", equalTo("Presented, for search"))
                .body("metaDescription", equalTo("What it is."));

        asAdmin()
                .contentType("application/merge-patch+json")
                .body("{\"metaTitle\": \"Renamed for search\"}")
                .patch("/api/v1/posts/" + id)
                .then()
                .statusCode(200)
                .body("metaTitle", equalTo("Renamed for search"))
                .body("featuredImage.url", equalTo("/media/bench.jpg"))
                .body("featured", equalTo(true));

        anonymous()
                .get("/feed.rss")
                .then()
                .body(
                        containsString(
                                "<media:content url=\"https://blog.test/media/bench.jpg\" medium=\"image\""));
        anonymous()
                .get("/feed.json")
                .then()
                .body("items.image", hasItem("https://blog.test/media/bench.jpg"));

        asAdmin()
                .contentType(ContentType.JSON)
                .body(
                        "{\"title\": \"Presented\", \"slug\": \"%s\", \"status\": \"published\"}"
                                .formatted(slug))
                .put("/api/v1/posts/" + id)
                .then()
                .statusCode(200)
                .body("featuredImage", nullValue())
                .body("featured", equalTo(false))
                .body("metaTitle", nullValue());
    }

    @Test
    void aFeaturedImageNeedsItsAddress() {
        asAdmin()
                .contentType(ContentType.JSON)
                .body("{\"title\": \"No image\", \"featuredImage\": {\"alt\": \"nothing\"}}")
                .post("/api/v1/posts")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("featuredImage.url"));
    }
}
