package dev.blogapi.importer;

import static dev.blogapi.Api.anonymous;
import static dev.blogapi.Api.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A Blogger export written in the shape Blogger's Settings → Back up content gives, and the three
 * real Blogger exports of the corpus, imported and compared field by field through the JSON API and
 * the feed.
 */
@QuarkusTest
@TestProfile(BloggerImportTest.BloggerBlog.class)
class BloggerImportTest {

    /** Its own Quarkus start: the blog is emptied between tests. */
    public static class BloggerBlog implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "blog.base-url", "http://handtools.blogspot.com", "blog.feed-size", "100");
        }
    }

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
                html.contains("href=\"http://handtools.blogspot.com/2012/02/flattening.html\""),
                html);

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
                "http://handtools.blogspot.com/2012/03/sharpening-plane-iron.html",
                entry.getLink());
        assertEquals(Date.from(Instant.parse("2012-03-10T17:15:00Z")), entry.getPublishedDate());
        assertEquals(
                List.of("Tools", "Sharpening"),
                entry.getCategories().stream().map(SyndCategory::getName).toList());

        importBlogger(export).then().body("created", equalTo(0)).body("unchanged", equalTo(3));
    }

    @Test
    void aBloggerBlogSurvivesExportAndRestoreIntoAnEmptyBlog() throws Exception {
        importBlogger(ExportFiles.fixture("blogger-export.xml")).then().statusCode(200);
        String first = asAdmin().get("/api/v1/export").then().statusCode(200).extract().asString();
        emptyBlog.now();
        asAdmin()
                .contentType(ContentType.JSON)
                .body(first.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/import")
                .then()
                .statusCode(200)
                .body("created", equalTo(3));
        assertEquals(first, asAdmin().get("/api/v1/export").then().extract().asString());
    }

    @ParameterizedTest
    @CsvSource({
        "blogger-gift-of-the-magi.xml, 6, 1, 0, 0",
        "blogger-jjs-favorite-things.xml, 4, 0, 0, 3",
        "blogger-poet-inside.xml, 1, 0, 1, 1"
    })
    void importsTheRealBloggerExportsOfTheCorpus(
            String file, int published, int drafts, int draftPages, int comments) throws Exception {
        byte[] export = ExportFiles.corpus(file);
        JsonPath report = importBlogger(export).then().statusCode(200).extract().jsonPath();
        int content = published + drafts + draftPages;
        assertEquals(content, report.getInt("created"), report.prettify());
        assertEquals(0, report.getList("failed").size(), report.prettify());
        assertEquals(
                comments,
                report
                        .getList("skipped.findAll { it.kind == 'comment' }.count", Integer.class)
                        .stream()
                        .mapToInt(n -> n)
                        .sum(),
                report.prettify());
        anonymous().get("/api/v1/posts").then().body("totalItems", equalTo(published));
        asAdmin()
                .queryParam("status", "draft")
                .get("/api/v1/posts")
                .then()
                .body("totalItems", equalTo(drafts));
        asAdmin()
                .queryParam("status", "draft")
                .get("/api/v1/pages")
                .then()
                .body("totalItems", equalTo(draftPages));
        SyndFeed source =
                new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(export), false));
        int resolved = 0;
        for (SyndEntry entry : source.getEntries()) {
            boolean isPost =
                    entry.getCategories().stream().anyMatch(c -> c.getName().endsWith("kind#post"));
            if (isPost && entry.getLink() != null && !entry.getLink().isBlank()) {
                String path = URI.create(entry.getLink().strip()).getRawPath();
                anonymous()
                        .queryParam("path", path)
                        .get("/api/v1/resolve")
                        .then()
                        .statusCode(200)
                        .body("guid", equalTo(entry.getUri().strip()));
                resolved++;
            }
        }
        assertEquals(published, resolved, "every published post's old address resolves");
        assertEquals(published, ExportFiles.rss().getEntries().size());
        importBlogger(export).then().body("unchanged", equalTo(content));
    }

    private static Response importBlogger(byte[] export) {
        return asAdmin().contentType("application/atom+xml").body(export).post("/api/v1/import");
    }
}
