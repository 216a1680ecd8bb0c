package dev.blogapi.importer;

import static dev.blogapi.Api.anonymous;
import static dev.blogapi.Api.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A Blogger export written in the shape Blogger's Settings → Back up content gives, and the three
 * real Blogger exports of the corpus, imported and compared field by field through the JSON API and
 * the feed.
 */
@QuarkusTest
@TestProfile(ImportProfiles.EngineBlog.class)
class BloggerImportTest {

    private static final String POST = "tag:blogger.com,1999:blog-123.post-456";

    @Inject EmptyBlog emptyBlog;

    @BeforeEach
    @AfterEach
    void empty() {
        emptyBlog.now();
    }

    @Test
    void importsPostsPagesAndDraftsWithLabelsAsTagsAndSkipsTheRest() throws Exception {
        byte[] export = ExportFiles.fixture("blogger-export.xml");
        importBlogger(export)
                .then()
                .statusCode(200)
                .body("created", equalTo(3))
                .body("failed.size()", equalTo(0))
                .body("skipped.find { it.kind == 'template' }.count", equalTo(1))
                .body("skipped.find { it.kind == 'settings' }.count", equalTo(2))
                .body("skipped.find { it.kind == 'comment' }.count", equalTo(1));

        JsonPath post =
                anonymous()
                        .queryParam("path", "/2012/03/sharpening-plane-iron.html")
                        .get("/api/v1/resolve")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath();
        assertEquals(POST, post.getString("guid"));
        assertEquals("post", post.getString("kind"));
        assertEquals("Sharpening a plane iron", post.getString("title"));
        assertEquals("2012-03-10T17:15:00Z", post.getString("publishedAt"));
        assertEquals("Ada Lindqvist", post.getString("author.name"));
        assertEquals(List.of("Tools", "Sharpening"), post.getList("tags.name"));
        assertEquals(List.of(), post.getList("categories"));
        assertEquals("/2012/03/sharpening-plane-iron.html", post.getString("permalink"));
        String html = post.getString("contentHtml");
        assertTrue(html.contains("Hone at 30°, &amp; strop."), html);
        assertTrue(html.contains("src=\"https://www.blogger.com/video.g?token=AD6v5dz\""), html);
        assertTrue(
                html.contains("href=\"http://handtools.example/2012/02/flattening.html\""), html);

        JsonPath drafts =
                asAdmin()
                        .queryParam("status", "draft")
                        .get("/api/v1/posts")
                        .then()
                        .extract()
                        .jsonPath();
        assertEquals(List.of("Workbench ideas"), drafts.getList("items.title"));
        assertEquals(List.of("Workbench"), drafts.getList("items[0].tags.name"));
        anonymous().get("/api/v1/posts").then().body("totalItems", equalTo(1));
        anonymous()
                .queryParam("path", "/p/about.html")
                .get("/api/v1/resolve")
                .then()
                .statusCode(200)
                .body("kind", equalTo("page"))
                .body("title", equalTo("About"))
                .body("permalink", equalTo("/p/about.html"));

        SyndFeed feed = ExportFiles.rss();
        assertEquals(1, feed.getEntries().size());
        SyndEntry entry = feed.getEntries().get(0);
        assertEquals(POST, entry.getUri());
        assertEquals(
                "http://handtools.example/2012/03/sharpening-plane-iron.html", entry.getLink());
        assertEquals(Date.from(Instant.parse("2012-03-10T17:15:00Z")), entry.getPublishedDate());
        assertEquals(
                List.of("Tools", "Sharpening"),
                entry.getCategories().stream().map(SyndCategory::getName).toList());

        importBlogger(export).then().body("created", equalTo(0)).body("unchanged", equalTo(3));
    }

    private static Response importBlogger(byte[] export) {
        return asAdmin().contentType("application/atom+xml").body(export).post("/api/v1/import");
    }
}
