package dev.blogapi.importer;

import static dev.blogapi.Api.anonymous;
import static dev.blogapi.Api.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * Issue 22, identities and hierarchy: people and labels of a WordPress export are told apart by
 * their identity there (login, term slug), not by the names they show; categories keep their
 * parents and descriptions, empty ones included; a re-import maps to the same rows.
 */
@QuarkusTest
@TestProfile(ImportProfiles.EngineBlog.class)
class WordPressIdentitiesTest {

    @Inject EmptyBlog emptyBlog;

    @BeforeEach
    @AfterEach
    void empty() {
        emptyBlog.now();
    }

    @Test
    void keepsTwoPeopleAndTwoCategoriesThatShareANameApartAndEmptyLabelsToo() throws Exception {
        importIdentities()
                .then()
                .statusCode(200)
                .body("failed.size()", equalTo(0))
                .body("labels.categories", equalTo(7))
                .body("labels.tags", equalTo(2));

        JsonPath authors = anonymous().get("/api/v1/authors").jsonPath();
        assertEquals(List.of("Sam Lee", "Sam Lee"), authors.getList("name"));
        assertEquals(List.of("sam-lee", "samlee2"), authors.getList("slug"));
        assertEquals("sam-lee", slugOfAuthor("/?p=40"));
        assertEquals("samlee2", slugOfAuthor("/?p=41"));

        Map<String, Map<String, Object>> categories = categoriesBySlug();
        assertEquals("Tips", categories.get("programming-tips").get("name"));
        assertEquals("programming", categories.get("programming-tips").get("parent"));
        assertEquals("Short ones", categories.get("programming-tips").get("description"));
        assertEquals("Tips", categories.get("travel-tips").get("name"));
        assertEquals("travel", categories.get("travel-tips").get("parent"));
        assertEquals("travel", categories.get("日本").get("parent"), "the Unicode slug kept");
        assertEquals(
                "News about this blog & its people",
                categories.get("announcements").get("description"),
                "an empty category arrives, its description unescaped once");
        assertEquals(0, categories.get("announcements").get("postCount"));
        assertEquals("Café & Cuisine", categories.get("cafe-cuisine").get("name"));
        assertEquals(
                List.of("java", "someday"),
                anonymous().get("/api/v1/tags").jsonPath().getList("slug"),
                "an empty tag arrives too");

        anonymous()
                .queryParam("category", "programming")
                .queryParam("includeChildren", true)
                .get("/api/v1/posts")
                .then()
                .body("items.slug", equalTo(List.of("why-programming", "ten-shortcuts")));
        anonymous()
                .queryParam("path", "/author/samlee2/")
                .get("/api/v1/resolve")
                .then()
                .statusCode(200)
                .body("kind", equalTo("author"))
                .body("slug", equalTo("samlee2"));
        String excerpt = anonymous().get("/api/v1/posts/slug/why-programming").path("excerpt");
        assertTrue(excerpt.startsWith("Because. word1 word2"), excerpt);
        assertTrue(excerpt.endsWith("word54 […]"), "55 words, as WordPress derives it: " + excerpt);
        String rss = anonymous().get("/feed.rss").asString();
        assertTrue(rss.contains("Café &amp; Cuisine"), "escaped once in RSS");
        assertTrue(!rss.contains("&amp;amp;"), "never twice");

        importIdentities()
                .then()
                .body("created", equalTo(0))
                .body("labels.categories", equalTo(0))
                .body("labels.tags", equalTo(0));
        assertEquals(2, anonymous().get("/api/v1/authors").jsonPath().getList("slug").size());
        assertEquals(7, categoriesBySlug().size(), "a re-import maps to the same rows");
    }

    @Test
    void aPageKeepsItsParentAndAnExportRoundTripKeepsTheHierarchy() throws Exception {
        importIdentities().then().statusCode(200);
        anonymous().get("/api/v1/pages/slug/team").then().body("parent", equalTo("about"));
        anonymous().get("/api/v1/pages/slug/about").then().body("parent", equalTo(null));
        byte[] export = asAdmin().get("/api/v1/export").asByteArray();
        emptyBlog.now();
        asAdmin()
                .contentType("application/json")
                .body(export)
                .post("/api/v1/import")
                .then()
                .statusCode(200)
                .body("failed.size()", equalTo(0));
        anonymous().get("/api/v1/pages/slug/team").then().body("parent", equalTo("about"));
        anonymous().get("/api/v1/categories/travel-tips").then().body("parent", equalTo("travel"));
        assertEquals(
                "Short ones",
                anonymous().get("/api/v1/categories/programming-tips").path("description"));
    }

    @Test
    void aDraftKeepsTheDateItHadAndStaysPrivate() throws Exception {
        importIdentities().then().statusCode(200);
        asAdmin().queryParam("path", "/?p=43").get("/api/v1/resolve").then().statusCode(404);
        JsonPath drafts = asAdmin().queryParam("status", "draft").get("/api/v1/posts").jsonPath();
        assertEquals(List.of("kyoto-in-spring"), drafts.getList("items.slug"));
        assertEquals("2023-04-10T08:00:00Z", drafts.getString("items[0].publishedAt"));
        assertEquals("draft", drafts.getString("items[0].status"));
        anonymous().get("/api/v1/posts/slug/kyoto-in-spring").then().statusCode(404);
    }

    private static String slugOfAuthor(String oldPath) {
        return anonymous()
                .queryParam("path", oldPath)
                .get("/api/v1/resolve")
                .then()
                .statusCode(200)
                .extract()
                .path("author.slug");
    }

    private static Map<String, Map<String, Object>> categoriesBySlug() {
        List<Map<String, Object>> all =
                anonymous().get("/api/v1/categories").jsonPath().getList("");
        Map<String, Map<String, Object>> bySlug = new java.util.HashMap<>();
        all.forEach(category -> bySlug.put((String) category.get("slug"), category));
        return bySlug;
    }

    private static Response importIdentities() throws Exception {
        return asAdmin()
                .contentType("application/rss+xml")
                .body(ExportFiles.fixture("wordpress-identities.xml"))
                .post("/api/v1/import");
    }
}
