package dev.blogapi.auth;

import static dev.blogapi.Api.anonymous;
import static dev.blogapi.Api.as;
import static dev.blogapi.Api.asAdmin;
import static dev.blogapi.Api.unique;
import static org.hamcrest.Matchers.equalTo;

import dev.blogapi.category.TestCategories;
import dev.blogapi.post.TestPosts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** Who may do what: anonymous, bad token, author token (own and others' posts), admin. */
@QuarkusTest
class AuthorizationTest {

    @Test
    void asksAnonymousWritersForABearerToken() {
        String id = TestPosts.draft("anon").create().getString("id");
        expect401(
                anonymous()
                        .contentType(ContentType.JSON)
                        .body(Map.of("title", "x"))
                        .post("/api/v1/posts"),
                false);
        expect401(
                anonymous()
                        .contentType(ContentType.JSON)
                        .body(Map.of("title", "x"))
                        .put("/api/v1/posts/" + id),
                false);
        expect401(anonymous().delete("/api/v1/posts/" + id), false);
        expect401(
                anonymous()
                        .contentType(ContentType.JSON)
                        .body(Map.of("name", "x"))
                        .post("/api/v1/categories"),
                false);
        expect401(anonymous().get("/api/v1/tokens"), false);
        asAdmin().get("/api/v1/posts/{id}", id).then().statusCode(200);
    }

    @Test
    void refusesUnknownOrMalformedTokensEvenOnPublicReads() {
        expect401(as("not-a-real-token").get("/api/v1/posts"), true);
        expect401(
                anonymous().header("Authorization", "Basic YWRtaW46YWRtaW4=").get("/api/v1/posts"),
                true);
        expect401(anonymous().header("Authorization", "Bearer ").get("/api/v1/posts"), true);
    }

    @Test
    void letsAnAuthorWriteOnlyTheirOwnPosts() {
        String alice = unique("Alice");
        String aliceToken = TestTokens.author(alice);
        String bobToken = TestTokens.author(unique("Bob"));
        var own = TestPosts.published("own").withToken(aliceToken).create();
        Assertions.assertEquals(alice, own.getString("author.name"));
        String ownId = own.getString("id");
        String adminsId = TestPosts.published("admins").create().getString("id");

        as(aliceToken)
                .contentType("application/merge-patch+json")
                .body("{\"title\": \"Mine\"}")
                .patch("/api/v1/posts/{id}", ownId)
                .then()
                .statusCode(200)
                .body("title", equalTo("Mine"));
        expect403(
                as(bobToken)
                        .contentType("application/merge-patch+json")
                        .body("{\"title\": \"Not yours\"}")
                        .patch("/api/v1/posts/{id}", ownId));
        expect403(
                as(bobToken)
                        .contentType(ContentType.JSON)
                        .body(Map.of("title", "Not yours"))
                        .put("/api/v1/posts/{id}", ownId));
        expect403(as(bobToken).delete("/api/v1/posts/{id}", ownId));
        expect403(as(aliceToken).delete("/api/v1/posts/{id}", adminsId));
        expect403(
                as(aliceToken)
                        .contentType(ContentType.JSON)
                        .body(Map.of("title", "Ghost", "author", "Someone Else"))
                        .post("/api/v1/posts"));
        anonymous().get("/api/v1/posts/{id}", ownId).then().body("title", equalTo("Mine"));

        asAdmin()
                .contentType("application/merge-patch+json")
                .body("{\"title\": \"Edited by admin\"}")
                .patch("/api/v1/posts/{id}", ownId)
                .then()
                .statusCode(200);
        as(aliceToken).delete("/api/v1/posts/{id}", ownId).then().statusCode(204);
    }

    @Test
    void keepsCategoriesAndTokensForAdmins() {
        String authorToken = TestTokens.author(unique("Writer"));
        String category = TestCategories.create("admin-only");
        expect403(
                as(authorToken)
                        .contentType(ContentType.JSON)
                        .body(Map.of("name", unique("c")))
                        .post("/api/v1/categories"));
        expect403(
                as(authorToken)
                        .contentType(ContentType.JSON)
                        .body(Map.of("name", "x"))
                        .put("/api/v1/categories/" + category));
        expect403(as(authorToken).delete("/api/v1/categories/" + category));
        expect403(as(authorToken).get("/api/v1/tokens"));
        expect403(
                as(authorToken)
                        .contentType(ContentType.JSON)
                        .body(Map.of("name", "x", "role", "admin"))
                        .post("/api/v1/tokens"));

        String mintedAdmin = TestTokens.admin();
        as(mintedAdmin).get("/api/v1/tokens").then().statusCode(200);
        as(mintedAdmin)
                .contentType(ContentType.JSON)
                .body(Map.of("name", unique("by-minted")))
                .post("/api/v1/categories")
                .then()
                .statusCode(201);
    }

    private static void expect401(Response response, boolean tokenSent) {
        response.then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:blog-api:problem:unauthorized"))
                .header(
                        "WWW-Authenticate",
                        tokenSent
                                ? equalTo("Bearer realm=\"blog-api\", error=\"invalid_token\"")
                                : equalTo("Bearer realm=\"blog-api\""));
    }

    private static void expect403(Response response) {
        response.then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:blog-api:problem:forbidden"));
    }
}
