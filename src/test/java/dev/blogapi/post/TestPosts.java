package dev.blogapi.post;

import static dev.blogapi.Api.as;
import static dev.blogapi.Api.unique;

import dev.blogapi.Api;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds posts through the API: {@code TestPosts.published("hello").inCategories(slug).create()}.
 */
public final class TestPosts {

    private final Map<String, Object> body = new HashMap<>();
    private String token = Api.ADMIN_TOKEN;

    private TestPosts(String titlePrefix, String status) {
        body.put("title", unique(titlePrefix));
        body.put("status", status);
        body.put("contentHtml", "<p>Body of " + body.get("title") + "</p>");
    }

    public static TestPosts published(String titlePrefix) {
        return new TestPosts(titlePrefix, "published");
    }

    public static TestPosts draft(String titlePrefix) {
        return new TestPosts(titlePrefix, "draft");
    }

    public static TestPosts scheduled(String titlePrefix) {
        return published(titlePrefix).at(Instant.now().plusSeconds(3600));
    }

    public TestPosts at(Instant publishedAt) {
        body.put("publishedAt", publishedAt.toString());
        return this;
    }

    public TestPosts by(String authorName) {
        body.put("author", authorName);
        return this;
    }

    public TestPosts inCategories(String... slugs) {
        body.put("categories", List.of(slugs));
        return this;
    }

    public TestPosts with(String field, Object value) {
        body.put(field, value);
        return this;
    }

    public TestPosts withToken(String token) {
        this.token = token;
        return this;
    }

    public Map<String, Object> body() {
        return body;
    }

    /** Creates the post and returns its JSON representation. */
    public JsonPath create() {
        return as(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/posts")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }
}
