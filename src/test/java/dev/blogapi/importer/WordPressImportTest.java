package dev.blogapi.importer;

import static dev.blogapi.Api.anonymous;
import static dev.blogapi.Api.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndFeed;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A WordPress 6 export (WXR 1.2) written in the shape Tools → Export gives, and the three real
 * WordPress exports of the corpus, imported and compared field by field through the JSON API and
 * the feed.
 */
@QuarkusTest
@TestProfile(ImportProfiles.EngineBlog.class)
class WordPressImportTest {

    @Inject EmptyBlog emptyBlog;

    @BeforeEach
    @AfterEach
    void empty() {
        emptyBlog.now();
    }

    @Test
    void importsPostsPagesAndEveryStatusWithCategoriesTagsAuthorsAndOldAddresses()
            throws Exception {
        byte[] export = ExportFiles.fixture("wordpress-export.xml");
        importWordPress(export)
                .then()
                .statusCode(200)
                .body("created", equalTo(7))
                .body("failed.size()", equalTo(0))
                .body("warnings.kind", equalTo(List.of("private")))
                .body("skipped.find { it.kind == 'attachment' }.count", equalTo(1))
                .body("skipped.find { it.kind == 'nav_menu_item' }.count", equalTo(1))
                .body("skipped.find { it.kind == 'comment' }.count", equalTo(1));

        JsonPath post =
                anonymous()
                        .queryParam("path", "/?p=10")
                        .get("/api/v1/resolve")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertEquals("http://handtools.example/?p=10", post.getString("guid"));
        assertEquals("Sharpening, the classic way", post.getString("title"));
        assertEquals("sharpening", post.getString("slug"));
        assertEquals("2023-11-12T10:00:00Z", post.getString("publishedAt"));
        assertEquals("Ada Lindqvist", post.getString("author.name"));
        assertEquals(List.of("Tools"), post.getList("categories.name"));
        assertEquals(List.of("Sharpening"), post.getList("tags.name"));
        assertEquals("Keen edges.", post.getString("excerpt"));
        assertEquals("/2023/11/12/sharpening/", post.getString("permalink"));
        String html = post.getString("contentHtml");
        assertTrue(html.startsWith("<p>First paragraph.<br>"), html);
        assertTrue(html.contains("Second line.</p>"), html);
        assertTrue(html.contains("<pre>code\n\nmore code</pre>"), html);
        assertTrue(html.contains("<p>Last &amp; final.</p>"), html);
        anonymous()
                .queryParam("path", "/2023/11/12/sharpening/")
                .get("/api/v1/resolve")
                .then()
                .body("guid", equalTo("http://handtools.example/?p=10"));

        String blocks = anonymous().get("/api/v1/posts/slug/blocks").path("contentHtml");
        assertTrue(
                blocks.contains("<p>Block one.</p>") && blocks.contains("<p>Block two.</p>"),
                blocks);
        assertFalse(blocks.contains("wp:") || blocks.contains("<br>"), blocks);
        anonymous().get("/api/v1/posts/slug/blocks").then().body("author.name", equalTo("Bo Berg"));

        JsonPath drafts =
                asAdmin()
                        .queryParam("status", "draft")
                        .get("/api/v1/posts")
                        .then()
                        .extract()
                        .jsonPath();
        assertEquals(
                List.of("A workbench, one day", "Private thoughts", "Waiting for review"),
                drafts.getList("items.title", String.class).stream().sorted().toList());
        Map<String, String> dates = new java.util.HashMap<>();
        drafts.getList("items", Map.class)
                .forEach(d -> dates.put((String) d.get("title"), (String) d.get("publishedAt")));
        assertEquals(
                "2023-11-16T09:00:00Z",
                dates.get("Private thoughts"),
                "a draft keeps the date it had in WordPress");
        assertNull(dates.get("A workbench, one day"), "WordPress's zero date is no date");
        assertNull(dates.get("Waiting for review"));
        asAdmin()
                .get("/api/v1/posts/slug/future")
                .then()
                .body("status", equalTo("scheduled"))
                .body("publishedAt", equalTo("2099-01-01T08:00:00Z"));
        anonymous()
                .queryParam("path", "/about/")
                .get("/api/v1/resolve")
                .then()
                .statusCode(200)
                .body("kind", equalTo("page"))
                .body("title", equalTo("About"));
        anonymous()
                .queryParam("path", "/?p=2")
                .get("/api/v1/resolve")
                .then()
                .body("kind", equalTo("page"));
        anonymous().get("/api/v1/posts").then().body("totalItems", equalTo(2));

        SyndFeed feed = ExportFiles.rss();
        assertEquals(2, feed.getEntries().size());
        var sharpening =
                feed.getEntries().stream()
                        .filter(e -> e.getUri().equals("http://handtools.example/?p=10"))
                        .findFirst()
                        .orElseThrow();
        assertEquals("http://handtools.example/2023/11/12/sharpening/", sharpening.getLink());
        assertEquals(
                List.of("Tools", "Sharpening"),
                sharpening.getCategories().stream().map(SyndCategory::getName).toList());
        assertTrue(sharpening.getCategories().get(1).getTaxonomyUri().endsWith("/tags"));

        importWordPress(export).then().body("created", equalTo(0)).body("unchanged", equalTo(7));
        anonymous().get("/api/v1/posts/slug/stone").then().statusCode(404);
        anonymous().get("/api/v1/posts/slug/home").then().statusCode(404);
    }

    private static Response importWordPress(byte[] export) {
        return asAdmin().contentType("application/rss+xml").body(export).post("/api/v1/import");
    }
}
