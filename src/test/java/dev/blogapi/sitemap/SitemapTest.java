package dev.blogapi.sitemap;

import static dev.blogapi.Api.anonymous;
import static dev.blogapi.Api.asAdmin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blogapi.category.TestCategories;
import dev.blogapi.post.TestPosts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;

/**
 * The sitemaps: every document valid against the sitemaps.org 0.9 schemas (kept under
 * src/test/resources/sitemaps), only public content, conditional GET.
 */
@QuarkusTest
class SitemapTest {

    private static final String BASE = "https://blog.test";
    private static final Pattern LOC = Pattern.compile("<loc>([^<]+)</loc>");

    @Test
    void anIndexOfValidSitemapsListsPublicContentOnly() throws Exception {
        String category = TestCategories.create("mapped");
        String published =
                TestPosts.published("mapped-post")
                        .inCategories(category)
                        .create()
                        .getString("slug");
        String draft = TestPosts.draft("hidden-draft").create().getString("slug");
        String scheduled = TestPosts.scheduled("hidden-scheduled").create().getString("slug");
        String page =
                asAdmin()
                        .contentType(ContentType.JSON)
                        .body(
                                Map.of(
                                        "title",
                                        "Mapped page " + System.nanoTime(),
                                        "status",
                                        "published"))
                        .post("/api/v1/pages")
                        .then()
                        .statusCode(201)
                        .extract()
                        .path("slug");

        Response index = anonymous().get("/sitemap.xml");
        index.then().statusCode(200).contentType("application/xml");
        validate("siteindex.xsd", index.asByteArray());
        List<String> children = locs(index.asString());
        assertTrue(children.contains(BASE + "/sitemaps/posts-1.xml"), children.toString());
        assertTrue(children.contains(BASE + "/sitemaps/pages-1.xml"), children.toString());
        assertTrue(children.contains(BASE + "/sitemaps/categories-1.xml"), children.toString());
        assertTrue(children.contains(BASE + "/sitemaps/authors-1.xml"), children.toString());

        StringBuilder all = new StringBuilder();
        for (String child : children) {
            Response sitemap = anonymous().get(child.substring(BASE.length()));
            sitemap.then().statusCode(200);
            validate("sitemap.xsd", sitemap.asByteArray());
            all.append(sitemap.asString());
        }
        String listed = all.toString();
        assertTrue(listed.contains("/" + published + "</loc>"), "a published post");
        assertTrue(listed.contains(BASE + "/" + page + "</loc>"), "a page");
        assertTrue(listed.contains(BASE + "/category/" + category + "</loc>"), "its category");
        assertTrue(listed.contains("<loc>" + BASE + "/</loc>"), "the home page");
        assertFalse(listed.contains(draft), "never a draft");
        assertFalse(listed.contains(scheduled), "never a scheduled post");

        anonymous()
                .header("If-None-Match", index.header("ETag"))
                .get("/sitemap.xml")
                .then()
                .statusCode(304);
        anonymous()
                .get("/sitemaps/posts-99.xml")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        anonymous().get("/sitemaps/secrets.xml").then().statusCode(404);
        anonymous().get("/sitemaps/secrets-1.xml").then().statusCode(404);
        anonymous().get("/sitemaps/pages-2.xml").then().statusCode(404);
    }

    /**
     * Files of BLOG_SITEMAP_URLS_PER_FILE addresses (25 in the tests): every public post is in
     * exactly one posts file, oldest first, as many as the public list counts; tags page the same
     * way; a file past the last is a 404.
     */
    @Test
    void filesPageThroughEveryPublicPostAndLabelOnce() throws Exception {
        String tagPrefix = "paged-" + System.nanoTime() + "-";
        for (int i = 0; i < 30; i++) {
            TestPosts.published("paged-post")
                    .with("tags", List.of(tagPrefix + i))
                    .at(java.time.Instant.parse("2001-01-01T00:00:00Z").plusSeconds(i))
                    .create();
        }
        TestPosts.draft("paged-draft").with("tags", List.of(tagPrefix + "draft")).create();

        List<String> children = locs(anonymous().get("/sitemap.xml").asString());
        List<String> posts = addressesIn(children, "/sitemaps/posts-");
        List<String> tags = addressesIn(children, "/sitemaps/tags-");

        long publicPosts = Long.parseLong(anonymous().get("/api/v1/posts").header("X-Total-Count"));
        assertEquals(publicPosts, posts.size(), "every public post, once");
        assertEquals(posts.size(), new java.util.HashSet<>(posts).size(), "no post twice");
        int ours = 0;
        for (String address : posts) {
            ours += address.contains("/2001/01/01/paged-post") ? 1 : 0;
        }
        assertEquals(30, ours, "the 30 posts of this test");
        for (int i = 0; i < 30; i++) {
            assertTrue(tags.contains(BASE + "/tag/" + tagPrefix + i), "tag " + i);
        }
        assertFalse(tags.contains(BASE + "/tag/" + tagPrefix + "draft"), "a draft's tag");
        assertEquals(tags.size(), new java.util.HashSet<>(tags).size(), "no tag twice");
        anonymous()
                .get(
                        "/sitemaps/tags-"
                                + (children.stream().filter(c -> c.contains("/tags-")).count() + 1)
                                + ".xml")
                .then()
                .statusCode(404);
    }

    /** The addresses of every child sitemap of one kind, each file checked for size and schema. */
    private static List<String> addressesIn(List<String> children, String kind) throws Exception {
        List<String> addresses = new ArrayList<>();
        int files = 0;
        for (String child : children) {
            if (child.startsWith(BASE + kind)) {
                files++;
                byte[] sitemap = anonymous().get(child.substring(BASE.length())).asByteArray();
                validate("sitemap.xsd", sitemap);
                List<String> listed =
                        locs(new String(sitemap, java.nio.charset.StandardCharsets.UTF_8));
                assertTrue(listed.size() <= 25, child + " holds " + listed.size());
                addresses.addAll(listed);
            }
        }
        assertTrue(files >= 2, "several files of " + kind + ": " + files);
        return addresses;
    }

    private static List<String> locs(String xml) {
        List<String> found = new ArrayList<>();
        Matcher loc = LOC.matcher(xml);
        while (loc.find()) {
            found.add(loc.group(1));
        }
        return found;
    }

    private static void validate(String schema, byte[] document) throws Exception {
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(SitemapTest.class.getResource("/sitemaps/" + schema))
                .newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(document)));
    }
}
