package dev.blogapi.post;

import static dev.blogapi.Api.anonymous;
import static dev.blogapi.Api.asAdmin;
import static dev.blogapi.Api.unique;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import dev.blogapi.category.TestCategories;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** ETags, conditional GET, If-Match and Idempotency-Key. */
@QuarkusTest
class PostHttpSemanticsTest {

    @Test
    void answersAMatchingIfNoneMatchWith304OnEveryGet() {
        String id = TestPosts.published("etag").create().getString("id");
        String[] paths = {
            "/api/v1/posts/" + id,
            "/api/v1/posts",
            "/api/v1/categories",
            "/api/v1/authors",
            "/api/v1/archive"
        };
        for (String path : paths) {
            String etag =
                    anonymous()
                            .get(path)
                            .then()
                            .statusCode(200)
                            .header("ETag", notNullValue())
                            .extract()
                            .header("ETag");
            anonymous()
                    .header("If-None-Match", etag)
                    .get(path)
                    .then()
                    .statusCode(304)
                    .header("ETag", equalTo(etag))
                    .body(emptyString());
            anonymous().header("If-None-Match", "\"other\"").get(path).then().statusCode(200);
        }
    }

    @Test
    void sameRepresentationHasTheSameEtagWhicheverWayItIsFetched() {
        var post = TestPosts.published("same-etag").create();
        String byId = anonymous().get("/api/v1/posts/{id}", post.getString("id")).header("ETag");
        String bySlug =
                anonymous().get("/api/v1/posts/slug/{slug}", post.getString("slug")).header("ETag");
        String resolved =
                anonymous()
                        .queryParam("path", post.getString("permalink"))
                        .get("/api/v1/resolve")
                        .header("ETag");
        Assertions.assertEquals(byId, bySlug);
        Assertions.assertEquals(byId, resolved);
    }

    @Test
    void refusesAStaleIfMatchWith412AndAcceptsTheCurrentOne() {
        String id = TestPosts.published("if-match").create().getString("id");
        String etag = anonymous().get("/api/v1/posts/{id}", id).header("ETag");
        String newEtag =
                asAdmin()
                        .header("If-Match", etag)
                        .contentType("application/merge-patch+json")
                        .body("{\"title\": \"First edit\"}")
                        .patch("/api/v1/posts/{id}", id)
                        .then()
                        .statusCode(200)
                        .header("ETag", not(equalTo(etag)))
                        .extract()
                        .header("ETag");
        Assertions.assertEquals(newEtag, anonymous().get("/api/v1/posts/{id}", id).header("ETag"));

        asAdmin()
                .header("If-Match", etag)
                .contentType("application/merge-patch+json")
                .body("{\"title\": \"Lost update\"}")
                .patch("/api/v1/posts/{id}", id)
                .then()
                .statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:blog-api:problem:precondition-failed"));
        asAdmin()
                .header("If-Match", etag)
                .contentType(ContentType.JSON)
                .body(Map.of("title", "Lost update"))
                .put("/api/v1/posts/{id}", id)
                .then()
                .statusCode(412);
        anonymous().get("/api/v1/posts/{id}", id).then().body("title", equalTo("First edit"));
    }

    @Test
    void replaysTheFirstAnswerToARetriedCreate() {
        String category = TestCategories.create("idempotent");
        String key = unique("key");
        Map<String, Object> body = TestPosts.published("retry").inCategories(category).body();
        Response first =
                asAdmin()
                        .header("Idempotency-Key", key)
                        .contentType(ContentType.JSON)
                        .body(body)
                        .post("/api/v1/posts");
        first.then().statusCode(201);
        Response retry =
                asAdmin()
                        .header("Idempotency-Key", key)
                        .contentType(ContentType.JSON)
                        .body(body)
                        .post("/api/v1/posts");
        retry.then()
                .statusCode(201)
                .header("Location", equalTo(first.header("Location")))
                .header("ETag", equalTo(first.header("ETag")))
                .header("Idempotent-Replayed", equalTo("true"))
                .body("id", equalTo(first.path("id")));
        anonymous()
                .queryParam("category", category)
                .get("/api/v1/posts")
                .then()
                .body("totalItems", equalTo(1));
    }

    @Test
    void refusesAnIdempotencyKeyReusedForADifferentRequest() {
        String key = unique("key");
        asAdmin()
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(TestPosts.draft("one").body())
                .post("/api/v1/posts")
                .then()
                .statusCode(201);
        asAdmin()
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(TestPosts.draft("two").body())
                .post("/api/v1/posts")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void doesNotRecordAFailedCreateUnderItsKey() {
        String key = unique("key");
        Map<String, Object> body =
                TestPosts.draft("fails-first")
                        .with("categories", List.of("no-such-category-x"))
                        .body();
        asAdmin()
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/posts")
                .then()
                .statusCode(422);
        body.remove("categories");
        asAdmin()
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/posts")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", Matchers.nullValue());
    }
}
