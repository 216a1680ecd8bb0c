package dev.blogapi.importer;

import static dev.blogapi.Api.asAdmin;
import static dev.blogapi.Api.unique;
import static dev.blogapi.importer.ImportErrorsTest.item;
import static dev.blogapi.importer.ImportErrorsTest.rss;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.blogapi.post.TestPosts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code ?dryRun=true}: the answer an import would give, and nothing written. */
@QuarkusTest
class ImportDryRunTest {

    private static final String DATE = "Sat, 30 Jun 2007 12:16:04 +0000";

    @Test
    void aDryRunOfAFeedAnswersWhatTheImportWillDoAndWritesNothing() {
        String word = "dryrun" + UUID.randomUUID().toString().replace("-", "");
        String first = unique("urn:dry-first");
        String second = unique("urn:dry-second");
        String author = unique("Dry Writer");
        String category = unique("Dry Category");
        String feed =
                rss(
                        withAuthorAndCategory(
                                        item(first, "First " + word, "<p>one</p>", DATE),
                                        author,
                                        category)
                                + item(second, "Second " + word, "<p>two</p>", DATE)
                                + item(unique("urn:dry-long"), "x".repeat(301), "<p>x</p>", DATE)
                                + item(first, "First again", "<p>one</p>", DATE));

        Map<String, Object> dry =
                importFeed(feed, "true").then().statusCode(200).extract().as(Map.class);
        assertEquals(2, dry.get("created"));
        assertEquals(true, dry.get("dryRun"));
        assertEquals(1, ((List<?>) dry.get("failed")).size());
        assertEquals(1, ((List<?>) dry.get("skipped")).size());
        assertEquals(0, postsMatching(word), "a dry run writes no post");
        asAdmin()
                .get("/api/v1/authors")
                .then()
                .body("name", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(author)));
        asAdmin()
                .get("/api/v1/categories")
                .then()
                .body("name", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(category)));

        Map<String, Object> real =
                importFeed(feed, "false").then().statusCode(200).extract().as(Map.class);
        real.remove("dryRun");
        dry.remove("dryRun");
        assertEquals(dry, real, "the import does what its dry run said");
        assertEquals(2, postsMatching(word));

        importFeed(feed, "true").then().body("unchanged", equalTo(2)).body("created", equalTo(0));
        String changed = feed.replace("<p>two</p>", "<p>two, edited</p>");
        importFeed(changed, "true")
                .then()
                .body("updated", equalTo(1))
                .body("unchanged", equalTo(1))
                .body("dryRun", equalTo(true));
        asAdmin()
                .queryParam("q", word)
                .queryParam("status", "all")
                .get("/api/v1/posts")
                .then()
                .body(
                        "items.find { it.guid == '" + second + "' }.contentHtml",
                        equalTo("<p>two</p>"));
        importFeed(feed, null).then().body("dryRun", equalTo(false)).body("unchanged", equalTo(2));
    }

    @Test
    void aDryRunOfAnExportRestoreFindsTheAuthorsAndCategoriesItWouldCreate() {
        String guid = TestPosts.published("dry export template").create().getString("guid");
        Map<String, Object> template =
                asAdmin()
                        .get("/api/v1/export")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("posts", Map.class)
                        .stream()
                        .filter(post -> guid.equals(post.get("guid")))
                        .findFirst()
                        .orElseThrow();
        String authorSlug = unique("dry-export-author");
        String categorySlug = unique("dry-export-category");
        Map<String, Object> post = new HashMap<>(template);
        post.put("id", UUID.randomUUID().toString());
        post.put("guid", unique("urn:dry-export"));
        post.put("slug", unique("dry-export-post"));
        post.put("author", authorSlug);
        post.put("categories", List.of(categorySlug));
        post.put("aliases", List.of());
        post.put("legacyPath", null);
        Map<String, Object> document =
                Map.of(
                        "format", "blog-api-export",
                        "version", 1,
                        "authors",
                                List.of(
                                        Map.of(
                                                "slug",
                                                authorSlug,
                                                "name",
                                                authorSlug,
                                                "createdAt",
                                                "2020-01-01T00:00:00Z")),
                        "categories",
                                List.of(
                                        Map.of(
                                                "slug", categorySlug,
                                                "name", categorySlug,
                                                "createdAt", "2020-01-01T00:00:00Z")),
                        "posts", List.of(post));

        for (String path : List.of("/api/v1/import", "/api/v1/import/export")) {
            asAdmin()
                    .contentType(ContentType.JSON)
                    .queryParam("dryRun", "true")
                    .body(document)
                    .post(path)
                    .then()
                    .statusCode(200)
                    .body("created", equalTo(1))
                    .body("failed.size()", equalTo(0))
                    .body("dryRun", equalTo(true));
        }
        asAdmin().get("/api/v1/authors/" + authorSlug).then().statusCode(404);
        asAdmin().get("/api/v1/categories/" + categorySlug).then().statusCode(404);
        asAdmin().get("/api/v1/posts/slug/" + post.get("slug")).then().statusCode(404);

        asAdmin()
                .contentType(ContentType.JSON)
                .body(document)
                .post("/api/v1/import")
                .then()
                .statusCode(200)
                .body("created", equalTo(1))
                .body("dryRun", equalTo(false));
        asAdmin().get("/api/v1/posts/slug/" + post.get("slug")).then().statusCode(200);
    }

    @Test
    void aDryRunFlagThatIsNeitherTrueNorFalseIsRefusedBeforeAnythingIsRead() {
        String word = "dryflag" + UUID.randomUUID().toString().replace("-", "");
        for (String path : List.of("/api/v1/import", "/api/v1/import/feed")) {
            asAdmin()
                    .contentType("application/rss+xml")
                    .queryParam("dryRun", "yes")
                    .body(rss(item(unique("urn:dry-flag"), "Flag " + word, "<p>x</p>", DATE)))
                    .post(path)
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("detail", containsString("dryRun"));
        }
        assertEquals(0, postsMatching(word));
    }

    private static Response importFeed(String feed, String dryRun) {
        var request =
                asAdmin()
                        .contentType("application/rss+xml")
                        .body(feed.getBytes(StandardCharsets.UTF_8));
        if (dryRun != null) {
            request.queryParam("dryRun", dryRun);
        }
        return request.post("/api/v1/import");
    }

    private static int postsMatching(String word) {
        JsonPath list =
                asAdmin()
                        .queryParam("q", word)
                        .queryParam("status", "all")
                        .get("/api/v1/posts")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        return list.getInt("totalItems");
    }

    private static String withAuthorAndCategory(String item, String author, String category) {
        return item.replace(
                "</item>",
                "<author>" + author + "</author><category>" + category + "</category></item>");
    }
}
