package dev.blogapi.post;

import static dev.blogapi.Api.anonymous;
import static dev.blogapi.Api.as;
import static dev.blogapi.Api.asAdmin;
import static dev.blogapi.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blogapi.auth.Secrets;
import dev.blogapi.auth.TestTokens;
import dev.blogapi.common.time.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Draft previews: minted by an owner, read without a token, never stored, never listed. */
@QuarkusTest
class PreviewTest {

    @Inject TestClock clock;
    @Inject EntityManager em;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anAuthorsLinkShowsTheDraftAsItIsNowToAnyoneHoldingIt() {
        String writer = unique("Preview Writer");
        String token = TestTokens.author(writer);
        JsonPath draft = TestPosts.draft("previewed").withToken(token).create();
        String id = draft.getString("id");
        JsonPath minted = mint(token, "posts", id, 201);
        String secret = minted.getString("token");
        assertTrue(secret.startsWith("preview_") && secret.length() >= 8 + 43, "256 random bits");
        assertEquals("https://blog.test/preview?token=" + secret, minted.getString("url"));

        asAdmin()
                .contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "title",
                                "Edited after the link was made",
                                "contentHtml",
                                "<p>Now</p>"))
                .put("/api/v1/posts/" + id)
                .then()
                .statusCode(200);
        anonymous()
                .get("/api/v1/previews/" + secret)
                .then()
                .statusCode(200)
                .header("Cache-Control", equalTo("private, no-store"))
                .header("X-Robots-Tag", equalTo("noindex"))
                .body("title", equalTo("Edited after the link was made"))
                .body("status", equalTo("draft"));
        anonymous().get("/api/v1/previews/" + secret).then().statusCode(200);

        Object stored =
                em.createNativeQuery("select token_hash from preview_token where id = ?1")
                        .setParameter(1, java.util.UUID.fromString(minted.getString("id")))
                        .getSingleResult();
        assertEquals(Secrets.hash(secret), stored, "only the token's hash is kept");
        anonymous().get("/api/v1/posts").then().body("items.id", not(hasItem(id)));
        assertFalse(anonymous().get("/sitemaps/pages-1.xml").asString().contains(secret));
    }

    @Test
    void linksAreListedRevokedAndDieWithTheirPostOrTheirTime() {
        String id = TestPosts.draft("revoked").create().getString("id");
        JsonPath first = mint(null, "posts", id, 201);
        JsonPath second = mint(null, "posts", id, 201);
        asAdmin()
                .get("/api/v1/posts/" + id + "/previews")
                .then()
                .statusCode(200)
                .body("size()", equalTo(2))
                .body("[0].token", equalTo(null));
        asAdmin()
                .delete("/api/v1/posts/" + id + "/previews/" + first.getString("id"))
                .then()
                .statusCode(204);
        anonymous().get("/api/v1/previews/" + first.getString("token")).then().statusCode(404);
        anonymous().get("/api/v1/previews/" + second.getString("token")).then().statusCode(200);

        clock.advance(Duration.ofDays(8));
        anonymous()
                .get("/api/v1/previews/" + second.getString("token"))
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        clock.reset();

        JsonPath third = mint(null, "posts", id, 201);
        asAdmin().delete("/api/v1/posts/" + id).then().statusCode(204);
        anonymous().get("/api/v1/previews/" + third.getString("token")).then().statusCode(404);
        anonymous().get("/api/v1/previews/preview_guessed").then().statusCode(404);
    }

    @Test
    void onlyTheOwnerMintsAndAPublishedPostNeedsNone() {
        String draft = TestPosts.draft("not-yours").create().getString("id");
        mint(TestTokens.author(unique("Someone Else")), "posts", draft, 403);
        mint(null, "pages", draft, 404);
        String published = TestPosts.published("already-public").create().getString("id");
        mint(null, "posts", published, 409);
        anonymous().post("/api/v1/posts/" + draft + "/previews").then().statusCode(401);
    }

    private static JsonPath mint(String token, String kinds, String id, int status) {
        return (token == null ? asAdmin() : as(token))
                .post("/api/v1/" + kinds + "/" + id + "/previews")
                .then()
                .statusCode(status)
                .extract()
                .jsonPath();
    }
}
