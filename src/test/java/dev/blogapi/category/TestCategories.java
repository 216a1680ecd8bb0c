package dev.blogapi.category;

import static dev.blogapi.Api.asAdmin;
import static dev.blogapi.Api.unique;

import io.restassured.http.ContentType;
import java.util.Map;

/** Creates categories through the API for a test's own use. */
public final class TestCategories {

    private TestCategories() {}

    /** A new category with a unique name; returns its slug. */
    public static String create(String prefix) {
        return asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("name", unique(prefix)))
                .post("/api/v1/categories")
                .then()
                .statusCode(201)
                .extract()
                .path("slug");
    }
}
