package dev.blogapi.auth;

import static dev.blogapi.Api.asAdmin;

import io.restassured.http.ContentType;
import java.util.Map;

/** Mints tokens through the API for a test's own use. */
public final class TestTokens {

    private TestTokens() {}

    /** The secret of a new author token writing as {@code authorName}. */
    public static String author(String authorName) {
        return mint("author", authorName);
    }

    /** The secret of a new reader token: reads gated content whole, writes nothing. */
    public static String reader() {
        return mint(Map.of("name", "test reader", "role", "reader"));
    }

    public static String admin() {
        return mint(Map.of("name", "test admin", "role", "admin"));
    }

    private static String mint(String role, String authorName) {
        return mint(Map.of("name", "test " + role, "role", role, "author", authorName));
    }

    private static String mint(Map<String, String> request) {
        return asAdmin()
                .contentType(ContentType.JSON)
                .body(request)
                .post("/api/v1/tokens")
                .then()
                .statusCode(201)
                .extract()
                .path("secret");
    }
}
