package dev.blogapi;

import io.restassured.RestAssured;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Registered for every test class (META-INF/services; Quarkus turns on extension autodetection):
 * when a rest-assured check fails, the request and the response are printed beside the failure.
 */
public class RestAssuredLogging implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }
}
