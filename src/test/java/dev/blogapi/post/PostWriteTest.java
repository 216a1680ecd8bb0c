package dev.blogapi.post;

import static dev.blogapi.Api.anonymous;
import static dev.blogapi.Api.asAdmin;
import static dev.blogapi.Api.unique;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import dev.blogapi.category.TestCategories;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PostWriteTest {

    @Test
    void createsAPostWithLocationEtagAndDerivedFields() {
        String category = TestCategories.create("tools");
        String title = unique("Software for Python presentations");
        String id =
                asAdmin()
                        .contentType(ContentType.JSON)
                        .body(
                                Map.of(
                                        "title",
                                        title,
                                        "status",
                                        "published",
                                        "publishedAt",
                                        "2007-06-30T12:16:04Z",
                                        "author",
                                        "Ada Lindqvist",
                                        "categories",
                                        List.of(category),
                                        "contentHtml",
                                        "<p>Slides &amp; code, <em>naïve</em> résumé</p><pre>a &lt; b</pre>"))
                        .post("/api/v1/posts")
                        .then()
                        .statusCode(201)
                        .contentType(ContentType.JSON)
                        .header("ETag", notNullValue())
                        .header("Location", matchesPattern(".*/api/v1/posts/[0-9a-f-]{36}"))
                        .body("slug", equalTo(title.toLowerCase().replace(' ', '-')))
                        .body("status", equalTo("published"))
                        .body("publishedAt", equalTo("2007-06-30T12:16:04Z"))
                        .body("author.name", equalTo("Ada Lindqvist"))
                        .body("author.slug", equalTo("ada-lindqvist"))
                        .body("categories[0].slug", equalTo(category))
                        .body("excerpt", equalTo("Slides & code, naïve résumé a < b"))
                        .body("contentMarkdown", nullValue())
                        .body(
                                "permalink",
                                equalTo(
                                        "/articles/2007/06/30/"
                                                + title.toLowerCase().replace(' ', '-')))
                        .body(
                                "url",
                                equalTo(
                                        "https://blog.test/articles/2007/06/30/"
                                                + title.toLowerCase().replace(' ', '-')))
                        .extract()
                        .path("id");

        anonymous()
                .get("/api/v1/posts/{id}", id)
                .then()
                .statusCode(200)
                .body("guid", equalTo("urn:uuid:" + id))
                .body(
                        "contentHtml",
                        equalTo(
                                "<p>Slides &amp; code, <em>naïve</em> résumé</p><pre>a &lt; b</pre>"));
    }

    @Test
    void rendersMarkdownAndKeepsItsSource() {
        JsonPath post =
                TestPosts.published("markdown")
                        .with("contentHtml", null)
                        .with("contentMarkdown", "Some *emphasis* and `code`\n\n- one\n- two")
                        .create();
        Assertions.assertEquals(
                "<p>Some <em>emphasis</em> and <code>code</code></p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n",
                post.getString("contentHtml"));
        Assertions.assertEquals(
                "Some *emphasis* and `code`\n\n- one\n- two", post.getString("contentMarkdown"));
    }

    @Test
    void derivesSlugsWithFoldedAccentsAndNumbersCollisions() {
        String base = unique("Café tables");
        String expected = base.toLowerCase().replace("café", "cafe").replace(' ', '-');
        for (String suffix : new String[] {"", "-2", "-3"}) {
            TestPosts.draft("x").with("title", base).create();
        }
        asAdmin()
                .queryParam("status", "all")
                .get("/api/v1/posts/slug/{slug}", expected)
                .then()
                .statusCode(200);
        asAdmin().get("/api/v1/posts/slug/{slug}", expected + "-2").then().statusCode(200);
        asAdmin()
                .get("/api/v1/posts/slug/{slug}", expected + "-3")
                .then()
                .statusCode(200)
                .body("title", equalTo(base));
    }

    @Test
    void rejectsAnExplicitSlugThatIsTaken() {
        String slug = TestPosts.draft("taken").create().getString("slug");
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("title", "Another", "slug", slug))
                .post("/api/v1/posts")
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:blog-api:problem:conflict"))
                .body("detail", equalTo("The slug '" + slug + "' is already used by another post"));
    }

    @Test
    void replacesAPostKeepingIdentityFieldsThatAreOmitted() {
        JsonPath created =
                TestPosts.published("replace").at(Instant.parse("2020-01-02T03:04:05Z")).create();
        String id = created.getString("id");
        asAdmin()
                .contentType(ContentType.JSON)
                .body(
                        Map.of(
                                "title",
                                "Replaced title",
                                "status",
                                "published",
                                "contentMarkdown",
                                "New **body**"))
                .put("/api/v1/posts/{id}", id)
                .then()
                .statusCode(200)
                .header("ETag", notNullValue())
                .body("title", equalTo("Replaced title"))
                .body("slug", equalTo(created.getString("slug")))
                .body("guid", equalTo(created.getString("guid")))
                .body("publishedAt", equalTo("2020-01-02T03:04:05Z"))
                .body("contentHtml", equalTo("<p>New <strong>body</strong></p>\n"))
                .body("excerpt", equalTo("New body"));
    }

    @Test
    void patchesOnlyTheGivenFields() {
        String category = TestCategories.create("patch");
        JsonPath created =
                TestPosts.published("patch")
                        .inCategories(category)
                        .with("excerpt", "Kept")
                        .create();
        asAdmin()
                .contentType("application/merge-patch+json")
                .body("{\"title\": \"Patched\", \"categories\": []}")
                .patch("/api/v1/posts/{id}", created.getString("id"))
                .then()
                .statusCode(200)
                .body("title", equalTo("Patched"))
                .body("excerpt", equalTo("Kept"))
                .body("categories.size()", equalTo(0))
                .body("contentHtml", equalTo(created.getString("contentHtml")))
                .body("publishedAt", equalTo(created.getString("publishedAt")));
    }

    @Test
    void patchingToDraftClearsThePublicationDate() {
        String id = TestPosts.published("unpublish").create().getString("id");
        asAdmin()
                .contentType("application/merge-patch+json")
                .body("{\"status\": \"draft\"}")
                .patch("/api/v1/posts/{id}", id)
                .then()
                .statusCode(200)
                .body("status", equalTo("draft"))
                .body("publishedAt", nullValue())
                .body("permalink", nullValue());
        anonymous().get("/api/v1/posts/{id}", id).then().statusCode(404);
    }

    @Test
    void rejectsAPatchSentAsPlainJson() {
        String id = TestPosts.draft("patch-type").create().getString("id");
        asAdmin()
                .contentType(ContentType.JSON)
                .body("{\"title\": \"x\"}")
                .patch("/api/v1/posts/{id}", id)
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
    }

    @Test
    void deletesAPost() {
        String id = TestPosts.published("delete").create().getString("id");
        asAdmin().delete("/api/v1/posts/{id}", id).then().statusCode(204);
        anonymous()
                .get("/api/v1/posts/{id}", id)
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("detail", endsWith(id));
        asAdmin().delete("/api/v1/posts/{id}", id).then().statusCode(404);
    }
}
