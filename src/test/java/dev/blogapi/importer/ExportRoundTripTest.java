package dev.blogapi.importer;

import static dev.blogapi.Api.anonymous;
import static dev.blogapi.Api.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blogapi.category.TestCategories;
import dev.blogapi.post.TestPosts;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Export, import into an empty database, export again: the same document, byte for byte. */
@QuarkusTest
@TestProfile(ImportProfiles.OldBlog.class)
class ExportRoundTripTest {

    @Inject EmptyBlog emptyBlog;

    @Test
    void restoresItsOwnExportLosslessly() throws IOException {
        String tools = TestCategories.create("export-tools");
        String notes = TestCategories.create("export-notes");
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Described", "description", "With a description"))
                .post("/api/v1/categories")
                .then()
                .statusCode(201);
        TestPosts.published("markdown")
                .inCategories(notes, tools)
                .with("contentHtml", null)
                .with("contentMarkdown", "Some *Markdown* with `code`")
                .with("excerpt", "Hand-written")
                .with("tags", List.of("Round Trip", "Export"))
                .create();
        TestPosts.draft("draft").by("Draft Writer").create();
        asAdmin()
                .contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "title", "About this blog",
                                "status", "published",
                                "contentMarkdown", "Who *writes* here"))
                .post("/api/v1/pages")
                .then()
                .statusCode(201);
        TestPosts.scheduled("scheduled").inCategories(tools).create();
        TypoRoundTripTest.importFeed(TypoRoundTripTest.sample("typo-export.rss"))
                .then()
                .statusCode(200)
                .body("failed.size()", equalTo(0));

        String first = export();
        assertTrue(first.contains("\"Round Trip\""), "tags are exported");
        assertTrue(first.contains("\"kind\":\"page\""), "pages are exported");
        int posts = asAdmin().get("/api/v1/export").then().extract().<List<?>>path("posts").size();

        emptyBlog.now();
        anonymous().get("/api/v1/posts").then().body("totalItems", equalTo(0));

        asAdmin()
                .contentType(ContentType.JSON)
                .body(first.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/import")
                .then()
                .statusCode(200)
                .body("created", equalTo(posts))
                .body("updated", equalTo(0))
                .body("failed.size()", equalTo(0));
        assertEquals(first, export());

        asAdmin()
                .contentType(ContentType.JSON)
                .body(first.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/import")
                .then()
                .statusCode(200)
                .body("created", equalTo(0))
                .body("unchanged", equalTo(posts));
        anonymous()
                .queryParam("path", "/blog/articles/2007/05/13/glue-ups")
                .get("/api/v1/resolve")
                .then()
                .statusCode(200)
                .body("url", equalTo("http://notes.example.org/blog/articles/2007/05/13/glue-ups"));
        // The samples' fixed guids must not outlive this test where the database is shared
        // (external PostgreSQL).
        emptyBlog.now();
    }

    @Test
    void exportsDraftsAndScheduledPostsWithEverythingNeededToRestoreThem() {
        String guid =
                TestPosts.draft("in-export")
                        .with("contentHtml", null)
                        .with("contentMarkdown", "# Draft")
                        .create()
                        .getString("guid");
        TestPosts.published("future").at(Instant.now().plusSeconds(3600)).create();
        asAdmin()
                .get("/api/v1/export")
                .then()
                .statusCode(200)
                .body("format", equalTo("blog-api-export"))
                .body("version", equalTo(1))
                .body("posts.find { it.guid == '" + guid + "' }.status", equalTo("draft"))
                .body(
                        "posts.find { it.guid == '" + guid + "' }.contentMarkdown",
                        equalTo("# Draft"))
                .body("posts.find { it.guid == '" + guid + "' }.excerptDerived", equalTo(true));
        anonymous().get("/api/v1/export").then().statusCode(401);
    }

    @Test
    void refusesADocumentOfAnotherFormat() {
        asAdmin()
                .contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "format",
                                "wordpress",
                                "version",
                                1,
                                "authors",
                                List.of(),
                                "categories",
                                List.of(),
                                "posts",
                                List.of()))
                .post("/api/v1/import")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("format"));
        asAdmin()
                .contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "format",
                                "blog-api-export",
                                "version",
                                2,
                                "authors",
                                List.of(),
                                "categories",
                                List.of(),
                                "posts",
                                List.of()))
                .post("/api/v1/import")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("version"));
    }

    private static String export() {
        return asAdmin().get("/api/v1/export").then().statusCode(200).extract().asString();
    }
}
