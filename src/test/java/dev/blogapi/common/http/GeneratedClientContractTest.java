package dev.blogapi.common.http;

import static dev.blogapi.Api.anonymous;
import static dev.blogapi.Api.asAdmin;
import static dev.blogapi.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.blogapi.Api;
import dev.blogapi.category.TestCategories;
import dev.blogapi.post.TestPosts;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What a client generated from the OpenAPI document does on ordinary calls: the document says what
 * the service does, and the service serves what such a client sends.
 */
@QuarkusTest
class GeneratedClientContractTest {

    private static final String PROBLEM_ONLY = Api.PROBLEM_JSON;

    @Test
    void deletesWhenTheClientAcceptsOnlyProblemJson() {
        String post = TestPosts.published("accept problem").create().getString("id");
        asAdmin().accept(PROBLEM_ONLY).delete("/api/v1/posts/{id}", post).then().statusCode(204);
        String category = TestCategories.create("Accept problem");
        asAdmin()
                .accept(PROBLEM_ONLY)
                .delete("/api/v1/categories/{slug}", category)
                .then()
                .statusCode(204);
        String token =
                asAdmin()
                        .contentType("application/json")
                        .body(Map.of("name", unique("doomed"), "role", "admin"))
                        .post("/api/v1/tokens")
                        .jsonPath()
                        .getString("id");
        asAdmin().accept(PROBLEM_ONLY).delete("/api/v1/tokens/{id}", token).then().statusCode(204);
    }

    @Test
    void mergePatchNullsRemoveFieldsAsDocumented() {
        String id =
                TestPosts.published("patch nulls")
                        .with("excerpt", "Hand-written")
                        .create()
                        .getString("id");
        asAdmin()
                .contentType("application/merge-patch+json")
                .body("{\"excerpt\": null}")
                .patch("/api/v1/posts/{id}", id)
                .then()
                .statusCode(200)
                .body("excerpt", not(equalTo("Hand-written")));
        asAdmin()
                .contentType("application/merge-patch+json")
                .body("{\"status\": null}")
                .patch("/api/v1/posts/{id}", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("draft"))
                .body("publishedAt", nullValue());
    }

    @Test
    void importsThroughEveryDocumentedMediaTypeAndPath() {
        for (String type : List.of("application/xml", "text/xml", "application/rss+xml")) {
            asAdmin()
                    .contentType(type)
                    .body(feed().getBytes(StandardCharsets.UTF_8))
                    .post("/api/v1/import")
                    .then()
                    .statusCode(200);
        }
        asAdmin()
                .contentType("application/atom+xml")
                .body(feed().getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/import/feed")
                .then()
                .statusCode(200)
                .body("created", equalTo(1));
        String export = asAdmin().get("/api/v1/export").asString();
        asAdmin()
                .contentType("application/json")
                .body(export)
                .post("/api/v1/import/export")
                .then()
                .statusCode(200)
                .body("failed", equalTo(List.of()));
        asAdmin()
                .contentType("application/json")
                .body("null")
                .post("/api/v1/import")
                .then()
                .statusCode(400)
                .contentType(Api.PROBLEM_JSON);
    }

    private static String fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names.stream().map(name -> "\"" + name + "\"").toList().toString().replace(" ", "");
    }

    @Test
    void documentsWhatGeneratedClientsNeed() throws Exception {
        JsonNode api = publishedDocument();
        JsonNode schemas = api.path("components").path("schemas");
        for (String nullable : List.of("publishedAt", "contentMarkdown", "legacyPath")) {
            assertTrue(
                    schemas.path("ExportPost")
                            .path("properties")
                            .path(nullable)
                            .toString()
                            .contains("null"),
                    "ExportPost." + nullable + " is nullable");
        }
        assertTrue(
                schemas.path("ExportCategory")
                        .path("properties")
                        .path("description")
                        .toString()
                        .contains("null"));
        assertTrue(
                schemas.path("Post").path("required").toString().contains("\"id\""),
                "Post.required");
        assertTrue(schemas.has("JsonFeed") && schemas.has("PostPatch"));

        JsonNode paths = api.path("paths");
        assertEquals(
                "importBlog",
                paths.path("/api/v1/import").path("post").path("operationId").asText());
        assertEquals(
                5,
                paths.path("/api/v1/import")
                        .path("post")
                        .path("requestBody")
                        .path("content")
                        .size());
        assertEquals(
                "importFeed",
                paths.path("/api/v1/import/feed").path("post").path("operationId").asText());
        assertEquals(
                "restoreExport",
                paths.path("/api/v1/import/export").path("post").path("operationId").asText());
        assertTrue(
                paths.path("/api/v1/posts/{id}").path("patch").toString().contains("PostPatch"),
                "PATCH has its own schema");
        assertEquals(
                "[{},{\"bearer\":[]}]",
                paths.path("/api/v1/posts").path("get").path("security").toString(),
                "public reads take an optional token");
        for (String format : List.of("rss", "atom", "json")) {
            for (String scope :
                    List.of("", "/categories/{slug}", "/tags/{slug}", "/authors/{slug}")) {
                assertNotNull(
                        paths.path(scope + "/feed." + format).get("head"),
                        "HEAD on " + scope + "/feed." + format);
            }
        }
        assertFalse(paths.has("/feed.{format}"), "one operation per feed format");
        JsonNode responses = api.path("components").path("responses");
        assertEquals(
                "[\"application/feed+json\"]",
                fieldNames(responses.path("FeedJson").path("content")),
                "the JSON feed's operation answers JSON Feed only");
        assertTrue(
                responses.path("FeedJson").toString().contains("JsonFeed"),
                "the JSON feed has a schema");
        assertEquals(
                "[\"application/rss+xml\"]", fieldNames(responses.path("FeedRss").path("content")));
        assertTrue(
                schemas.path("PostInput").path("additionalProperties").asText().equals("false"),
                "unknown fields are refused, and the document says so");
        assertFalse(
                schemas.path("PageInput").path("properties").has("categories"),
                "pages take no categories");
        assertEquals(
                "[1]",
                schemas.path("Export").path("properties").path("version").path("enum").toString());
        assertTrue(
                paths.path("/api/v1/resolve")
                        .path("get")
                        .path("responses")
                        .path("200")
                        .path("headers")
                        .has("Content-Location"));
        assertTrue(
                paths.path("/api/v1/posts")
                        .path("post")
                        .path("responses")
                        .path("401")
                        .path("headers")
                        .has("WWW-Authenticate"));
        assertTrue(
                paths.path("/api/v1/posts")
                        .path("post")
                        .path("responses")
                        .path("201")
                        .path("headers")
                        .has("Idempotent-Replayed"));
        assertTrue(paths.path("/api/v1/posts").path("get").path("responses").has("406"));
        assertTrue(
                paths.path("/api/v1/posts")
                        .path("get")
                        .path("responses")
                        .path("405")
                        .path("headers")
                        .has("Allow"));
    }

    @Test
    void everySchemaHasAnExampleWithItsRequiredFieldsAndEveryOperationADescription()
            throws Exception {
        JsonNode api = publishedDocument();
        api.path("components")
                .path("schemas")
                .fields()
                .forEachRemaining(
                        schema -> {
                            assertTrue(
                                    schema.getValue().hasNonNull("description"),
                                    schema.getKey() + " has a description");
                            JsonNode example = schema.getValue().path("examples").path(0);
                            assertTrue(
                                    !example.isMissingNode(), schema.getKey() + " has an example");
                            for (JsonNode required : schema.getValue().path("required")) {
                                assertTrue(
                                        example.has(required.asText()),
                                        schema.getKey() + " example has " + required.asText());
                            }
                        });
        api.path("paths")
                .fields()
                .forEachRemaining(
                        path ->
                                path.getValue()
                                        .fields()
                                        .forEachRemaining(
                                                operation ->
                                                        describedWithExamples(
                                                                path.getKey(), operation)));
    }

    private static void describedWithExamples(String path, Map.Entry<String, JsonNode> operation) {
        String where = operation.getKey() + " " + path;
        assertTrue(operation.getValue().hasNonNull("description"), where + " has a description");
        for (JsonNode json : operation.getValue().findValues("application/json")) {
            assertTrue(json.has("example"), where + " shows an example body");
        }
    }

    private static JsonNode publishedDocument() throws Exception {
        return new ObjectMapper()
                .readTree(anonymous().accept("application/json").get("/q/openapi").asString());
    }

    private static String feed() {
        String guid = unique("urn:contract");
        return "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><id>urn:t</id>"
                + "<updated>2007-06-30T12:16:04Z</updated><entry><title>Entry</title><id>"
                + guid
                + "</id><updated>2007-06-30T12:16:04Z</updated><author><name>Ada</name></author>"
                + "<content type=\"html\">&lt;p&gt;x&lt;/p&gt;</content></entry></feed>";
    }
}
