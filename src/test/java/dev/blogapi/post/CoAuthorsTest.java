package dev.blogapi.post;

import static dev.blogapi.Api.anonymous;
import static dev.blogapi.Api.as;
import static dev.blogapi.Api.asAdmin;
import static dev.blogapi.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import dev.blogapi.auth.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A post written by several people: authors in order (the first is author), and every one of them
 * finds it in their list, feed and count.
 */
@QuarkusTest
class CoAuthorsTest {

    @Test
    void aPostCarriesItsAuthorsInOrderAndCountsForEachOfThem() {
        String first = unique("First Writer");
        String second = unique("Second Writer");
        Response created =
                asAdmin()
                        .contentType(ContentType.JSON)
                        .body(
                                Map.of(
                                        "title",
                                        unique("Written together"),
                                        "status",
                                        "published",
                                        "contentMarkdown",
                                        "Two hands.",
                                        "authors",
                                        List.of(first, second)))
                        .post("/api/v1/posts");
        created.then()
                .statusCode(201)
                .body("author.name", equalTo(first))
                .body("authors.name", equalTo(List.of(first, second)));
        String id = created.path("id");
        String secondSlug = created.path("authors[1].slug");
        anonymous()
                .queryParam("author", secondSlug)
                .get("/api/v1/posts")
                .then()
                .body("items.id", equalTo(List.of(id)))
                .body("totalItems", equalTo(1));
        anonymous().get("/api/v1/authors/{slug}", secondSlug).then().body("postCount", equalTo(1));
        anonymous()
                .get("/authors/{slug}/feed.rss", secondSlug)
                .then()
                .body(containsString(first + ", " + second));

        asAdmin()
                .contentType("application/merge-patch+json")
                .body(Map.of("title", "Renamed together"))
                .patch("/api/v1/posts/" + id)
                .then()
                .statusCode(200)
                .body("authors.name", equalTo(List.of(first, second)));
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("title", "x", "author", second, "authors", List.of(first, second)))
                .post("/api/v1/posts")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("authors"));
    }

    @Test
    void onlyAnAdminNamesCoAuthors() {
        String writer = unique("Solo Writer");
        String token = TestTokens.author(writer);
        as(token)
                .contentType(ContentType.JSON)
                .body(Map.of("title", "Mine", "authors", List.of(writer, unique("Someone"))))
                .post("/api/v1/posts")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        as(token)
                .contentType(ContentType.JSON)
                .body(Map.of("title", "Mine", "authors", List.of(writer)))
                .post("/api/v1/posts")
                .then()
                .statusCode(201)
                .body("authors.name", hasItem(writer));
    }
}
