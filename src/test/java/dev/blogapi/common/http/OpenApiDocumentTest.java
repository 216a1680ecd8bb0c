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

    @Test
    void servesSwaggerUi() {
        anonymous().accept("text/html").get("/q/swagger-ui/").then().statusCode(200);
    }
}
