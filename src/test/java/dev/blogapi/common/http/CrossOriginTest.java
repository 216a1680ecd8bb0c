package dev.blogapi.common.http;

import static dev.blogapi.Api.anonymous;
import static dev.blogapi.Api.asAdmin;
import static dev.blogapi.Api.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.equalToIgnoringCase;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.blogapi.post.TestPosts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A page on another origin: public reads from anywhere (rendered, cached and 304 alike), writes and
 * token reads only from BLOG_CORS_ORIGINS (https://editor.example in tests).
 */
@QuarkusTest
class CrossOriginTest {

    private static final String ANYWHERE = "https://reader.example";
    private static final String EDITOR = "https://editor.example";

    @Test
    void aPublicReadAnswersAnyOriginRenderedCachedAndNotModified() {
        TestPosts.published("cors").create();
        Response first = read(null);
        publicHeaders(first);
        Response cached = read(null);
        publicHeaders(cached);
        cached.then().header("ETag", equalTo(first.header("ETag")));
        Response notModified = read(first.header("ETag"));
        notModified.then().statusCode(304);
        publicHeaders(notModified);
        anonymous()
                .header("Origin", ANYWHERE)
                .get("/feed.atom")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("*"));
    }

    @Test
    void aPreflightForAReadIsAnsweredForAnyOriginWithAMaxAge() {
        anonymous()
                .header("Origin", ANYWHERE)
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "if-none-match")
                .options("/api/v1/posts")
                .then()
                .statusCode(204)
                .header("Access-Control-Allow-Origin", equalTo("*"))
                .header("Access-Control-Allow-Headers", containsString("If-None-Match"))
                .header("Access-Control-Max-Age", equalTo("3600"));
    }

    @Test
    void writesAndTokenReadsAnswerOnlyTheConfiguredOrigins() {
        anonymous()
                .header("Origin", EDITOR)
                .header("Access-Control-Request-Method", "POST")
                .header(
                        "Access-Control-Request-Headers",
                        "authorization,content-type,idempotency-key")
                .options("/api/v1/posts")
                .then()
                .statusCode(204)
                .header("Access-Control-Allow-Origin", equalTo(EDITOR))
                .header("Vary", equalToIgnoringCase("Origin"))
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsString("Idempotency-Key"))
                .header("Access-Control-Allow-Headers", containsString("Authorization"))
                .header("Access-Control-Allow-Credentials", not(equalTo("true")))
                .header("Access-Control-Max-Age", equalTo("3600"));
        anonymous()
                .header("Origin", ANYWHERE)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type")
                .options("/api/v1/posts")
                .then()
                .header("Access-Control-Allow-Origin", nullValue());

        asAdmin()
                .header("Origin", EDITOR)
                .contentType(ContentType.JSON)
                .body(Map.of("title", unique("From the editor")))
                .post("/api/v1/posts")
                .then()
                .statusCode(201)
                .header("Access-Control-Allow-Origin", equalTo(EDITOR))
                .header("Access-Control-Expose-Headers", containsString("Location"));
        asAdmin()
                .header("Origin", ANYWHERE)
                .queryParam("status", "draft")
                .get("/api/v1/posts")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue());
        asAdmin()
                .header("Origin", EDITOR)
                .queryParam("status", "draft")
                .get("/api/v1/posts")
                .then()
                .header("Access-Control-Allow-Origin", equalTo(EDITOR));
    }

    private static Response read(String etag) {
        var request = anonymous().header("Origin", ANYWHERE);
        if (etag != null) {
            request = request.header("If-None-Match", etag);
        }
        return request.get("/api/v1/posts?size=3");
    }

    private static void publicHeaders(Response response) {
        org.junit.jupiter.api.Assertions.assertEquals(
                1,
                response.headers().getValues("Access-Control-Allow-Origin").size(),
                "one Access-Control-Allow-Origin, not one kept with a cached answer as well");
        response.then()
                .header("Access-Control-Allow-Origin", equalTo("*"))
                .header("Access-Control-Allow-Credentials", nullValue())
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("Link"));
    }
}
