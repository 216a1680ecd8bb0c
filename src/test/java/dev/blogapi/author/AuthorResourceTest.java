package dev.blogapi.author;

import static dev.blogapi.Api.anonymous;
import static dev.blogapi.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.blogapi.post.TestPosts;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuthorResourceTest {

    @Test
    void listsAuthorsWithTheirPublishedPostCounts() {
        String name = unique("Zoë Écrivain");
        String slug = TestPosts.published("by-zoe").by(name).create().getString("author.slug");
        TestPosts.published("by-zoe").by(name).create();
        TestPosts.draft("by-zoe").by(name).create();

        Assertions.assertTrue(slug.startsWith("zoe-ecrivain-"), slug);
        anonymous()
                .get("/api/v1/authors/{slug}", slug)
                .then()
                .statusCode(200)
                .body("name", equalTo(name))
                .body("postCount", equalTo(2));
        anonymous().get("/api/v1/authors").then().statusCode(200).body("slug", hasItem(slug));
    }

    @Test
    void answersAnUnknownAuthorWithNotFound() {
        anonymous()
                .get("/api/v1/authors/{slug}", "nobody-at-all")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("No author with slug 'nobody-at-all'"));
    }
}
