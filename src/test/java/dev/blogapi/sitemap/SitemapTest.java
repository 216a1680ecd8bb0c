package dev.blogapi.sitemap;

import static dev.blogapi.Api.anonymous;
import static dev.blogapi.Api.asAdmin;
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
        assertTrue(children.contains(BASE + "/sitemaps/pages.xml"), children.toString());
        assertTrue(children.contains(BASE + "/sitemaps/categories.xml"), children.toString());
        assertTrue(children.contains(BASE + "/sitemaps/authors.xml"), children.toString());

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
