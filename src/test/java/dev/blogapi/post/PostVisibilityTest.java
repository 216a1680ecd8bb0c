package dev.blogapi.post;

import static dev.blogapi.Api.anonymous;
import static dev.blogapi.Api.asAdmin;
import static dev.blogapi.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dev.blogapi.Api;
import dev.blogapi.auth.TestTokens;
import dev.blogapi.category.TestCategories;
import dev.blogapi.common.time.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Drafts and scheduled posts must not leak to anyone without a token, through any endpoint. */
@QuarkusTest
class PostVisibilityTest {

    @Inject TestClock clock;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    @Test
    void hidesDraftsAndScheduledPostsFromEveryPublicEndpoint() {
        String author = unique("Hidden Author");
        String category = TestCategories.create("hidden");
        Instant future = Instant.now().plusSeconds(86_400 * 400L);
        JsonPath draft = TestPosts.draft("draft").by(author).inCategories(category).create();
        JsonPath scheduled =
                TestPosts.published("scheduled")
                        .at(future)
                        .by(author)
                        .inCategories(category)
                        .create();

        for (JsonPath post : List.of(draft, scheduled)) {
            anonymous().get("/api/v1/posts/{id}", post.getString("id")).then().statusCode(404);
            anonymous()
                    .get("/api/v1/posts/slug/{slug}", post.getString("slug"))
                    .then()
                    .statusCode(404);
        }
        anonymous()
                .queryParam("path", scheduled.getString("permalink"))
                .get("/api/v1/resolve")
                .then()
                .statusCode(404);

        anonymous()
                .queryParam("category", category)
                .get("/api/v1/posts")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0))
                .body("items.size()", equalTo(0));
        anonymous()
                .queryParam("author", draft.getString("author.slug"))
                .get("/api/v1/posts")
                .then()
                .body("totalItems", equalTo(0));
        anonymous()
                .queryParam("q", draft.getString("title"))
                .get("/api/v1/posts")
                .then()
                .body("totalItems", equalTo(0));
        anonymous().get("/api/v1/categories/{slug}", category).then().body("postCount", equalTo(0));
        anonymous()
                .get("/api/v1/authors/{slug}", draft.getString("author.slug"))
                .then()
                .body("postCount", equalTo(0));

        ZonedDateTime at = future.atZone(ZoneOffset.UTC);
        anonymous()
                .get("/api/v1/archive")
                .then()
                .statusCode(200)
                .body(
                        "findAll { it.year == "
                                + at.getYear()
                                + " && it.month == "
                                + at.getMonthValue()
                                + " }.size()",
                        equalTo(0));
        anonymous()
                .queryParam("year", at.getYear())
                .queryParam("month", at.getMonthValue())
                .queryParam("category", category)
                .get("/api/v1/posts")
                .then()
                .body("totalItems", equalTo(0));
    }

    @Test
    void showsDraftsAndScheduledPostsToTokenHolders() {
        String category = TestCategories.create("visible");
        JsonPath draft = TestPosts.draft("draft").inCategories(category).create();
        JsonPath scheduled = TestPosts.scheduled("scheduled").inCategories(category).create();
        JsonPath published = TestPosts.published("published").inCategories(category).create();
        String authorToken = TestTokens.author(unique("Reader"));

        asAdmin()
                .get("/api/v1/posts/{id}", draft.getString("id"))
                .then()
                .statusCode(200)
                .body("status", equalTo("draft"));
        asAdmin()
                .get("/api/v1/posts/slug/{slug}", scheduled.getString("slug"))
                .then()
                .statusCode(200)
                .body("status", equalTo("scheduled"));
        Api.as(authorToken)
                .queryParam("path", scheduled.getString("permalink"))
                .get("/api/v1/resolve")
                .then()
                .statusCode(200);

        Map<String, String> expectations =
                Map.of(
                        "draft",
                        draft.getString("id"),
                        "scheduled",
                        scheduled.getString("id"),
                        "published",
                        published.getString("id"));
        expectations.forEach(
                (status, id) ->
                        asAdmin()
                                .queryParam("status", status)
                                .queryParam("category", category)
                                .get("/api/v1/posts")
                                .then()
                                .statusCode(200)
                                .body("totalItems", equalTo(1))
                                .body("items[0].id", equalTo(id)));
        asAdmin()
                .queryParam("status", "all")
                .queryParam("category", category)
                .get("/api/v1/posts")
                .then()
                .body("totalItems", equalTo(3));
        asAdmin()
                .queryParam("category", category)
                .get("/api/v1/posts")
                .then()
                .body("totalItems", equalTo(1))
                .body("items.id", not(hasItem(draft.getString("id"))));
    }

    @Test
    void asksForATokenBeforeListingUnpublishedPosts() {
        for (String status : List.of("draft", "scheduled", "all")) {
            anonymous()
                    .queryParam("status", status)
                    .get("/api/v1/posts")
                    .then()
                    .statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", equalTo("Bearer realm=\"blog-api\""));
        }
        anonymous().queryParam("status", "published").get("/api/v1/posts").then().statusCode(200);
    }

    @Test
    void publishesAScheduledPostWhenItsTimeComesWithoutAnyJob() {
        String category = TestCategories.create("soon");
        // Far enough ahead that, once the clock is put back, it stays scheduled for every later
        // test.
        Instant soon = clock.instant().plus(Duration.ofMinutes(10));
        JsonPath post = TestPosts.published("soon").at(soon).inCategories(category).create();
        anonymous().get("/api/v1/posts/{id}", post.getString("id")).then().statusCode(404);
        anonymous().get("/api/v1/categories/{slug}", category).then().body("postCount", equalTo(0));

        clock.advance(Duration.ofMinutes(10).plusSeconds(1));

        anonymous()
                .get("/api/v1/posts/{id}", post.getString("id"))
                .then()
                .statusCode(200)
                .body("status", equalTo("published"));
        anonymous()
                .queryParam("category", category)
                .get("/api/v1/posts")
                .then()
                .body("totalItems", equalTo(1));
        anonymous().get("/api/v1/categories/{slug}", category).then().body("postCount", equalTo(1));
        anonymous()
                .queryParam("path", post.getString("permalink"))
                .get("/api/v1/resolve")
                .then()
                .statusCode(200);
    }
}
