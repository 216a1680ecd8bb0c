package dev.blogapi.post;

import static dev.blogapi.Api.anonymous;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ResolveTest {

    @Inject PostRepository posts;

    @Test
    void findsAPostByItsPermalinkWithItsCanonicalLocation() {
        var post =
                TestPosts.published("resolve").at(Instant.parse("2007-06-30T12:16:04Z")).create();
        String permalink = "/articles/2007/06/30/" + post.getString("slug");
        anonymous()
                .queryParam("path", permalink)
                .get("/api/v1/resolve")
                .then()
                .statusCode(200)
                .header("Content-Location", equalTo(permalink))
                .body("id", equalTo(post.getString("id")));
        anonymous()
                .queryParam("path", permalink + "/")
                .get("/api/v1/resolve")
                .then()
                .statusCode(200);
    }

    @Test
    void refusesAPermalinkWithTheWrongDate() {
        var post =
                TestPosts.published("wrong-date")
                        .at(Instant.parse("2007-06-30T12:16:04Z"))
                        .create();
        anonymous()
                .queryParam("path", "/articles/2007/07/01/" + post.getString("slug"))
                .get("/api/v1/resolve")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        anonymous()
                .queryParam("path", "/somewhere/else")
                .get("/api/v1/resolve")
                .then()
                .statusCode(404);
    }

    @Test
    void findsAPostByAnOldPathItWasImportedWith() {
        var post = TestPosts.published("alias").at(Instant.parse("2008-01-15T09:30:00Z")).create();
        String oldPath = "/blog/old/" + UUID.randomUUID() + ".html";
        QuarkusTransaction.requiringNew()
                .run(
                        () ->
                                posts.addAliasesIfFree(
                                        Map.of(
                                                UUID.fromString(post.getString("id")),
                                                List.of(oldPath))));
        anonymous()
                .queryParam("path", oldPath)
                .get("/api/v1/resolve")
                .then()
                .statusCode(200)
                .header("Content-Location", equalTo(post.getString("permalink")))
                .body("id", equalTo(post.getString("id")));
    }
}
