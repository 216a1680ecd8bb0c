package dev.blogapi.post;

import static dev.blogapi.Api.anonymous;
import static dev.blogapi.Api.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import dev.blogapi.Api;
import dev.blogapi.category.TestCategories;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every kind of bad input is a 4xx problem document that names what to fix, and writes nothing. */
@QuarkusTest
class PostInputErrorsTest {

    private static final String MALFORMED = "urn:blog-api:problem:malformed-request";
    private static final String INVALID = "urn:blog-api:problem:validation-failed";

    @Test
    void reportsMalformedJsonWithItsPosition() {
        post("{\"title\": \"a\",")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(MALFORMED))
                .body("detail", containsString("line 1"));
        post("[1, 2]").then().statusCode(400).body("type", equalTo(MALFORMED));
        post("{\"title\": \"a\", \"title\": \"b\"}")
                .then()
                .statusCode(400)
                .body("detail", containsString("title"));
    }

    @Test
    void rejectsUnknownFieldsSoTyposAreCaught() {
        post("{\"title\": \"a\", \"tilte\": \"b\"}")
                .then()
                .statusCode(400)
                .body("type", equalTo(MALFORMED))
                .body("errors[0].field", equalTo("tilte"))
                .body("detail", containsString("Unknown field 'tilte'"));
    }

    @Test
    void rejectsWrongTypesNamingTheField() {
        post("{\"title\": 5}")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("title"))
                .body("errors[0].message", equalTo("must be a string"));
        post("{\"title\": \"a\", \"categories\": \"tools\"}")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("categories"));
        post("{\"title\": \"a\", \"publishedAt\": \"yesterday\"}")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("publishedAt"));
        post("{\"title\": \"a\", \"status\": true}")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("status"));
    }

    @Test
    void rejectsMissingAndOverlongFieldsWith422() {
        post("{}")
                .then()
                .statusCode(422)
                .body("type", equalTo(INVALID))
                .body("errors.field", hasItem("title"));
        post(Map.of("title", "x".repeat(301)))
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("title"))
                .body("errors[0].message", containsString("300"));
        post(Map.of("title", "a", "slug", "Not A Slug"))
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("slug"));
        post(Map.of("title", "a", "status", "scheduled"))
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("status"));
        post(Map.of("title", "a", "contentHtml", "<p>x</p>", "contentMarkdown", "x"))
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("contentHtml"));
        post(Map.of("title", "a", "status", "draft", "publishedAt", "2020-01-01T00:00:00Z"))
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("publishedAt"));
        asAdmin()
                .contentType(ContentType.JSON)
                .post("/api/v1/posts")
                .then()
                .statusCode(422)
                .contentType("application/problem+json");
    }

    @Test
    void rejectsUnknownCategoriesWithoutWritingAnything() {
        String known = TestCategories.create("known");
        String title = Api.unique("Not written");
        post(Map.of(
                        "title",
                        title,
                        "status",
                        "published",
                        "categories",
                        List.of(known, "no-such-category")))
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("categories"))
                .body("errors[0].message", containsString("no-such-category"));
        anonymous()
                .queryParam("category", known)
                .get("/api/v1/posts")
                .then()
                .body("totalItems", equalTo(0));
        asAdmin()
                .queryParam("status", "all")
                .queryParam("q", title)
                .get("/api/v1/posts")
                .then()
                .body("totalItems", equalTo(0));
    }

    @Test
    void rejectsUnsupportedMediaTypesWith415() {
        asAdmin()
                .contentType(ContentType.TEXT)
                .body("title=a")
                .post("/api/v1/posts")
                .then()
                .statusCode(415)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:blog-api:problem:unsupported-media-type"));
    }

    @Test
    void rejectsBodiesOverTheLimitWith413() {
        post(Map.of("title", "big", "contentHtml", "x".repeat(70_000)))
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:blog-api:problem:payload-too-large"))
                .body("detail", containsString("65536"));
    }

    @Test
    void answersUnknownRoutesAndMethodsWithProblems() {
        anonymous()
                .get("/api/v1/nothing-here")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:blog-api:problem:not-found"));
        anonymous()
                .get("/api/v1/posts/not-a-uuid")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        asAdmin()
                .contentType(ContentType.JSON)
                .body("{}")
                .put("/api/v1/posts")
                .then()
                .statusCode(405)
                .contentType("application/problem+json");
        anonymous()
                .queryParam("path", "no-slash")
                .get("/api/v1/resolve")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("path"));
        anonymous().get("/api/v1/resolve").then().statusCode(400);
    }

    @Test
    void refusesTextTheDatabaseCannotStoreWith400() {
        post("{\"title\": \"nul\\u0000here\"}")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(MALFORMED));
        anonymous()
                .queryParam("q", "a\u0000b")
                .get("/api/v1/posts")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void answersAnUnproducibleAcceptWith406() {
        anonymous()
                .accept("text/html")
                .get("/api/v1/posts")
                .then()
                .statusCode(406)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:blog-api:problem:not-acceptable"));
    }

    @Test
    void neverShowsInternalsInAProblem() {
        post("{\"title\": [1]}")
                .then()
                .statusCode(400)
                .body("detail", not(containsString("java.")))
                .body("detail", not(containsString("com.fasterxml")))
                .body("detail", not(containsString("dev.blogapi")));
    }

    private static Response post(Object body) {
        return asAdmin().contentType(ContentType.JSON).body(body).post("/api/v1/posts");
    }
}
