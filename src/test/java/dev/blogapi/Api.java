package dev.blogapi;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;

/** Request starting points shared by the endpoint tests. */
public final class Api {

    public static final String ADMIN_TOKEN = "test-admin-token-3f9a1c7e5b2d4f6a8c0e1b3d5f7a9c2e";
    public static final String PROBLEM_JSON = "application/problem+json";

    private Api() {}

    public static RequestSpecification anonymous() {
        return given().accept(ContentType.JSON);
    }

    public static RequestSpecification as(String token) {
        return given().accept(ContentType.JSON).header("Authorization", "Bearer " + token);
    }

    public static RequestSpecification asAdmin() {
        return as(ADMIN_TOKEN);
    }

    /** A word no other test uses, so each test owns its slugs, names and counts. */
    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
