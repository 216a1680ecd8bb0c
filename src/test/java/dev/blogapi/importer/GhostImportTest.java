package dev.blogapi.importer;

import static dev.blogapi.Api.anonymous;
import static dev.blogapi.Api.asAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A Ghost 5 export written in the shape Ghost's Labs → Export gives, and the two real Ghost exports
 * of the corpus, imported and compared field by field through the JSON API and the feed.
 */
@QuarkusTest
@TestProfile(ImportProfiles.EngineBlog.class)
class GhostImportTest {

    private static final String FIRST = "6550a1f0c2b1e80001a1b001";

    @Inject EmptyBlog emptyBlog;

    @BeforeEach
    @AfterEach
    void empty() {
        emptyBlog.now();
    }

    @Test
    void importsPostsPagesDraftsAndScheduledPostsWithTagsAuthorsAndOldAddresses() throws Exception {
        byte[] export = ExportFiles.fixture("ghost-5-export.json");
        importGhost(export, null)
                .then()
                .statusCode(200)
                .body("created", equalTo(4))
                .body("failed.guid", equalTo(List.of("6550a1f0c2b1e80001a1b005")))
                .body("failed[0].reason", equalTo("no title"))
                .body("skipped.find { it.kind == 'internal-tag' }.count", equalTo(1))
                .body("skipped.kind", not(hasItem("extra-author")));

        JsonPath post =
                anonymous()
                        .get("/api/v1/posts/slug/sharpening-chisels")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertEquals(FIRST, post.getString("guid"));
        assertEquals("post", post.getString("kind"));
        assertEquals("Sharpening chisels by hand", post.getString("title"));
        assertEquals("2023-11-12T10:00:00Z", post.getString("publishedAt"));
        assertEquals("Ada Lindqvist", post.getString("author.name"));
        assertEquals(List.of("ada", "bo"), post.getList("authors.slug"), "Ghost's co-authors");
        anonymous()
                .queryParam("author", "bo")
                .get("/api/v1/posts")
                .then()
                .body("items.slug", hasItem("sharpening-chisels"))
                .body("totalItems", equalTo(1));
        anonymous().get("/api/v1/authors/bo").then().body("postCount", equalTo(1));
        String atom = anonymous().get("/authors/bo/feed.atom").asString();
        assertTrue(atom.contains("<name>Bo Berg</name>"), atom);
        assertTrue(atom.contains("<name>Ada Lindqvist</name>"), "both authors of the entry");
        assertTrue(
                atom.contains(
                        "<link rel=\"enclosure\""
                                + " href=\"http://handtools.example/content/images/2023/11/bench.jpg\""),
                "the featured image as an enclosure: " + atom);
        assertEquals(
                List.of("Ada Lindqvist", "Bo Berg"),
                anonymous().get("/feed.json").jsonPath().getList("items[0].authors.name"));
        assertEquals(List.of("Sharpening", "Tools"), post.getList("tags.name"));
        assertEquals(List.of(), post.getList("categories"));
        assertEquals("Flat backs, keen bevels.", post.getString("excerpt"));
        assertEquals("/sharpening-chisels/", post.getString("permalink"));
        String html = post.getString("contentHtml");
        assertTrue(
                html.contains("src=\"http://handtools.example/content/images/2023/11/stone.jpg\""),
                html);
        assertTrue(
                html.contains("src=\"https://www.youtube.com/embed/abc123?feature=oembed\""), html);
        assertTrue(html.contains("Then hone the bevel &amp; strop: 25° &lt; 30°."), html);
        anonymous()
                .queryParam("path", "/sharpening-chisels/")
                .get("/api/v1/resolve")
                .then()
                .statusCode(200)
                .body("guid", equalTo(FIRST));

        anonymous().get("/api/v1/posts/slug/workbench-notes").then().statusCode(404);
        asAdmin()
                .get("/api/v1/posts/slug/workbench-notes")
                .then()
                .body("status", equalTo("draft"))
                .body("author.name", equalTo("Bo Berg"));
        asAdmin()
                .get("/api/v1/posts/slug/future-planes")
                .then()
                .body("status", equalTo("scheduled"))
                .body("publishedAt", equalTo("2099-01-01T08:00:00Z"))
                .body("contentHtml", equalTo("<p>Line one.</p><p>Line two &amp; more.</p>"));
        anonymous()
                .get("/api/v1/pages/slug/about")
                .then()
                .statusCode(200)
                .body("kind", equalTo("page"))
                .body("title", equalTo("About"))
                .body("permalink", equalTo("/about/"));
        anonymous()
                .queryParam("path", "/about/")
                .get("/api/v1/resolve")
                .then()
                .body("kind", equalTo("page"));
        anonymous().get("/api/v1/posts").then().body("totalItems", equalTo(1));
        anonymous()
                .get("/api/v1/tags")
                .then()
                .body("name", hasItem("Sharpening"))
                .body("name", not(hasItem("#wide-layout")));

        SyndFeed feed = ExportFiles.rss();
        assertEquals(1, feed.getEntries().size());
        SyndEntry entry = feed.getEntries().get(0);
        assertEquals(FIRST, entry.getUri());
        assertEquals("http://handtools.example/sharpening-chisels/", entry.getLink());
        assertEquals(
                Date.from(java.time.Instant.parse("2023-11-12T10:00:00Z")),
                entry.getPublishedDate());
        assertEquals(
                List.of("Sharpening", "Tools"),
                entry.getCategories().stream().map(c -> c.getName()).toList());

        importGhost(export, null)
                .then()
                .statusCode(200)
                .body("created", equalTo(0))
                .body("unchanged", equalTo(4));
        String edited =
                new String(export, StandardCharsets.UTF_8)
                        .replace("Flatten the back first.", "Flatten the back first, always.");
        importGhost(edited.getBytes(StandardCharsets.UTF_8), "true")
                .then()
                .body("updated", equalTo(1))
                .body("dryRun", equalTo(true));
        anonymous()
                .get("/api/v1/posts/slug/sharpening-chisels")
                .then()
                .body("contentHtml", not(containsString("always")));
    }

    private static Response importGhost(byte[] export, String dryRun) {
        var request = asAdmin().contentType(ContentType.JSON).body(export);
        if (dryRun != null) {
            request.queryParam("dryRun", dryRun);
        }
        return request.post("/api/v1/import");
    }
}
