package dev.blogapi.post;

import static dev.blogapi.Api.anonymous;
import static dev.blogapi.Api.as;
import static dev.blogapi.Api.asAdmin;
import static dev.blogapi.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import dev.blogapi.auth.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Pages: the post rules at their own addresses, and never among the posts. */
@QuarkusTest
class PagesTest {

    @Test
    void aPageSitsUnderAnotherPageButNeverUnderItselfAndAPostUnderNone() {
        String about = create(Map.of("title", unique("About"), "status", "published")).path("slug");
        Response team =
                create(Map.of("title", unique("Team"), "status", "published", "parent", about));
        team.then().statusCode(201).body("parent", equalTo(about));
        String teamId = team.path("id");
        String teamSlug = team.path("slug");
        String aboutId = anonymous().get("/api/v1/pages/slug/" + about).path("id");
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("title", "About", "status", "published", "parent", teamSlug))
                .put("/api/v1/pages/" + aboutId)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("parent"));
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("title", "Post", "status", "published", "parent", about))
                .post("/api/v1/posts")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("parent"));
        create(Map.of("title", unique("x"), "parent", "no-such-page"))
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("parent"));
        Response draftParent = create(Map.of("title", unique("Hidden"), "status", "draft"));
        asAdmin()
                .contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "title",
                                "Team",
                                "status",
                                "published",
                                "parent",
                                draftParent.path("slug")))
                .put("/api/v1/pages/" + teamId)
                .then()
                .statusCode(200);
        anonymous()
                .get("/api/v1/pages/" + teamId)
                .then()
                .body("parent", equalTo(null))
                .body(not(containsString((String) draftParent.path("slug"))));
    }

    @Test
    void aPageIsServedAtItsOwnPathsAndNeverAmongPosts() {
        String word = "pageword" + unique("").replaceAll("[^a-z0-9]", "");
        Response created =
                create(
                        Map.of(
                                "title",
                                "About " + word,
                                "status",
                                "published",
                                "contentMarkdown",
                                "Who *writes* " + word + " <script>x()</script>"));
        created.then()
                .statusCode(201)
                .header("Location", containsString("/api/v1/pages/"))
                .header("ETag", startsWith("\""))
                .body("kind", equalTo("page"))
                .body("contentHtml", startsWith("<p>Who <em>writes</em> " + word))
                .body("contentHtml", not(containsString("script")))
                .body("categories", equalTo(List.of()));
        String id = created.path("id");
        String slug = created.path("slug");
        String path = "/" + slug;
        created.then().body("permalink", equalTo(path));

        anonymous().get("/api/v1/pages/" + id).then().statusCode(200).body("slug", equalTo(slug));
        anonymous().get("/api/v1/pages/slug/" + slug).then().statusCode(200);
        anonymous()
                .queryParam("path", path)
                .get("/api/v1/resolve")
                .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .header("Content-Location", equalTo(path));
        anonymous().get("/api/v1/pages").then().body("items.id", hasItem(id));

        anonymous().get("/api/v1/posts/" + id).then().statusCode(404);
        anonymous().get("/api/v1/posts/slug/" + slug).then().statusCode(404);
        anonymous()
                .queryParam("q", word)
                .get("/api/v1/posts")
                .then()
                .body("totalItems", equalTo(0));
        anonymous().get("/api/v1/posts?size=100").then().body("items.id", not(hasItem(id)));
        anonymous().get("/feed.rss").then().body(not(containsString(word)));
        anonymous().get("/feed.json").then().body(not(containsString(word)));
        String postId = TestPosts.published("a post").create().getString("id");
        anonymous().get("/api/v1/pages/" + postId).then().statusCode(404);
    }

    @Test
    void draftPagesStayHiddenAndPagesFollowThePostWriteRules() {
        String authorToken = TestTokens.author(unique("Page Writer"));
        Response draft =
                as(authorToken)
                        .contentType(ContentType.JSON)
                        .body(Map.of("title", "Contact", "contentHtml", "<p>Write to us</p>"))
                        .post("/api/v1/pages");
        draft.then()
                .statusCode(201)
                .body("status", equalTo("draft"))
                .body("permalink", equalTo(null));
        String id = draft.path("id");
        anonymous().get("/api/v1/pages/" + id).then().statusCode(404);
        anonymous().get("/api/v1/pages").then().body("items.id", not(hasItem(id)));
        as(authorToken)
                .queryParam("status", "draft")
                .get("/api/v1/pages")
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
        anonymous().queryParam("status", "draft").get("/api/v1/pages").then().statusCode(401);

        String etag = as(authorToken).get("/api/v1/pages/" + id).header("ETag");
        as(authorToken)
                .contentType("application/merge-patch+json")
                .header("If-Match", "\"stale\"")
                .body(Map.of("status", "published"))
                .patch("/api/v1/pages/" + id)
                .then()
                .statusCode(412);
        as(authorToken)
                .contentType("application/merge-patch+json")
                .header("If-Match", etag)
                .body(Map.of("status", "published"))
                .patch("/api/v1/pages/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("published"))
                .body("kind", equalTo("page"));
        as(TestTokens.author(unique("Someone Else")))
                .contentType(ContentType.JSON)
                .body(Map.of("title", "Taken over"))
                .put("/api/v1/pages/" + id)
                .then()
                .statusCode(403);
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("title", "Filed", "categories", List.of("tools")))
                .post("/api/v1/pages")
                .then()
                .statusCode(422)
                .contentType("application/problem+json");
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("title", "Tagged", "tags", List.of("x")))
                .post("/api/v1/pages")
                .then()
                .statusCode(422);

        String key = unique("page-key");
        Map<String, Object> body =
                new HashMap<>(Map.of("title", unique("Once"), "status", "published"));
        String first =
                asAdmin()
                        .contentType(ContentType.JSON)
                        .header("Idempotency-Key", key)
                        .body(body)
                        .post("/api/v1/pages")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("id");
        asAdmin()
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/pages")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));

        as(authorToken).delete("/api/v1/pages/" + id).then().statusCode(204);
        as(authorToken).get("/api/v1/pages/" + id).then().statusCode(404);
    }

    private static Response create(Map<String, Object> page) {
        return asAdmin().contentType(ContentType.JSON).body(page).post("/api/v1/pages");
    }
}
