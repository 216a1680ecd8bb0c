package dev.blogapi.common.http;

import static dev.blogapi.Api.anonymous;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The committed contract must be what the service publishes. After an intended API change,
 * regenerate it with {@code ./mvnw test -Dtest=OpenApiDocumentTest -Dopenapi.write=true}.
 */
@QuarkusTest
class OpenApiDocumentTest {

    private static final Path COMMITTED = Path.of("openapi", "openapi.yaml");

    @Test
    void committedDocumentMatchesThePublishedOne() throws IOException {
        String published =
                anonymous()
                        .accept("application/yaml")
                        .get("/q/openapi")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
        if (Boolean.getBoolean("openapi.write")) {
            Files.writeString(COMMITTED, published, StandardCharsets.UTF_8);
        }
        assertEquals(
                Files.readString(COMMITTED, StandardCharsets.UTF_8),
                published,
                "openapi/openapi.yaml differs from /q/openapi; regenerate it (see this test's doc) and review the diff");
    }

    /**
     * A read's cache key keeps only the parameters {@link CanonicalQuery} knows: one a GET takes
     * and the key drops would serve one answer for different questions.
     */
    @Test
    void everyReadParameterIsPartOfTheCacheKey() {
        io.restassured.path.json.JsonPath document =
                anonymous().accept("application/json").get("/q/openapi").jsonPath();
        java.util.Set<String> parameters = new java.util.TreeSet<>();
        java.util.Map<String, java.util.Map<String, Object>> paths = document.getMap("paths");
        paths.forEach(
                (path, operations) -> {
                    Object read = operations.get("get");
                    if (read instanceof java.util.Map<?, ?> get
                            && get.get("parameters") instanceof java.util.List<?> list) {
                        for (Object parameter : list) {
                            java.util.Map<?, ?> p = (java.util.Map<?, ?>) parameter;
                            if ("query".equals(p.get("in"))) {
                                parameters.add((String) p.get("name"));
                            }
                        }
                    }
                });
        parameters.removeAll(CanonicalQuery.KNOWN);
        parameters.remove("password"); // a request with it bypasses the cache (CachedAnswers)
        assertEquals(java.util.Set.of(), parameters, "GET parameters CanonicalQuery.KNOWN lacks");
    }

    @Test
    void servesSwaggerUi() {
        anonymous().accept("text/html").get("/q/swagger-ui/").then().statusCode(200);
    }
}
