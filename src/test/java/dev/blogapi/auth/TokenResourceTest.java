package dev.blogapi.auth;

import static dev.blogapi.Api.anonymous;
import static dev.blogapi.Api.as;
import static dev.blogapi.Api.asAdmin;
import static dev.blogapi.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TokenResourceTest {

    @Test
    void mintsATokenShowingItsSecretOnce() {
        String name = unique("ci script");
        String author = unique("Token Author");
        var minted =
                asAdmin()
                        .contentType(ContentType.JSON)
                        .body(Map.of("name", name, "role", "author", "author", author))
                        .post("/api/v1/tokens")
                        .then()
                        .statusCode(201)
                        .header("Location", matchesPattern(".*/api/v1/tokens/[0-9a-f-]{36}"))
                        .header("Cache-Control", equalTo("no-store"))
                        .body("name", equalTo(name))
                        .body("role", equalTo("author"))
                        .body("author.name", equalTo(author))
                        .body("secret", matchesPattern("blog_[A-Za-z0-9_-]{43}"))
                        .extract()
                        .jsonPath();

        asAdmin()
                .get("/api/v1/tokens")
                .then()
                .statusCode(200)
                .body("id", hasItem(minted.getString("id")))
                .body("find { it.id == '" + minted.getString("id") + "' }.secret", nullValue())
                .body(not(Matchers.containsString(minted.getString("secret"))));
        as(minted.getString("secret"))
                .contentType(ContentType.JSON)
                .body(Map.of("title", unique("by token")))
                .post("/api/v1/posts")
                .then()
                .statusCode(201)
                .body("author.name", equalTo(author));
    }

    @Test
    void revokedTokensStopWorking() {
        var minted =
                asAdmin()
                        .contentType(ContentType.JSON)
                        .body(Map.of("name", "short-lived", "role", "admin"))
                        .post("/api/v1/tokens")
                        .then()
                        .statusCode(201)
                        .extract()
                        .jsonPath();
        as(minted.getString("secret")).get("/api/v1/tokens").then().statusCode(200);
        asAdmin().delete("/api/v1/tokens/{id}", minted.getString("id")).then().statusCode(204);
        as(minted.getString("secret")).get("/api/v1/tokens").then().statusCode(401);
        asAdmin()
                .delete("/api/v1/tokens/{id}", minted.getString("id"))
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void validatesTokenRequests() {
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("name", "x", "role", "author"))
                .post("/api/v1/tokens")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("author"));
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("name", "x", "role", "root"))
                .post("/api/v1/tokens")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("role"));
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("role", "admin"))
                .post("/api/v1/tokens")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("name"));
        anonymous().get("/api/v1/tokens").then().statusCode(401);
    }
}
