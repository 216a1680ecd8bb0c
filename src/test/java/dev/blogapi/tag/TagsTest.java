package dev.blogapi.tag;

import static dev.blogapi.Api.anonymous;
import static dev.blogapi.Api.as;
import static dev.blogapi.Api.asAdmin;
import static dev.blogapi.Api.unique;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import dev.blogapi.auth.TestTokens;
import dev.blogapi.category.TestCategories;
import dev.blogapi.post.TestPosts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TagsTest {

    @Test
    void writersCreateTagsByUsingThemAndPostsKeepTheirOrder() {
        String python = unique("Python");
        String talks = unique("Talks");
        String authorToken = TestTokens.author(unique("Tagging Writer"));
        JsonPath post =
                TestPosts.published("tagged")
                        .withToken(authorToken)
                        .with("tags", List.of(talks, python))
                        .create();
        assertEquals(List.of(talks, python), post.getList("tags.name"));
        String pythonSlug = post.getString("tags[1].slug");

        JsonPath again =
                TestPosts.published("same tag, other case")
                        .with("tags", List.of(python.toUpperCase(), python))
                        .create();
        assertEquals(List.of(pythonSlug), again.getList("tags.slug"), "one tag per name");
        TestPosts.draft("draft with the tag").with("tags", List.of(python)).create();
        TestPosts.scheduled("scheduled with the tag").with("tags", List.of(python)).create();

        anonymous()
                .get("/api/v1/tags/" + pythonSlug)
                .then()
                .statusCode(200)
                .body("name", equalTo(python))
                .body("postCount", equalTo(2));
        anonymous()
                .get("/api/v1/tags")
                .then()
                .statusCode(200)
                .body("find { it.slug == '" + pythonSlug + "' }.postCount", equalTo(2));
        anonymous()
                .get("/api/v1/posts/slug/" + post.getString("slug"))
                .then()
                .body("tags.name", equalTo(List.of(talks, python)));
    }

    @Test
    void aReplaceOrPatchDecidesThePostsTags() {
        String first = unique("First Tag");
        String second = unique("Second Tag");
        JsonPath post = TestPosts.published("retagged").with("tags", List.of(first)).create();
        String id = post.getString("id");
        Map<String, Object> body = new HashMap<>(TestPosts.published("x").body());
        body.put("title", post.getString("title"));
        body.put("tags", List.of(second, first));
        asAdmin()
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/posts/" + id)
                .then()
                .statusCode(200)
                .body("tags.name", equalTo(List.of(second, first)));
        String etag =
                asAdmin()
                        .contentType(ContentType.JSON)
                        .body(body)
                        .put("/api/v1/posts/" + id)
                        .then()
                        .statusCode(200)
                        .extract()
                        .header("ETag");
        asAdmin()
                .contentType(ContentType.JSON)
                .body(body)
                .put("/api/v1/posts/" + id)
                .then()
                .header("ETag", equalTo(etag));
        asAdmin()
                .contentType("application/merge-patch+json")
                .body(Map.of("tags", List.of(first)))
                .patch("/api/v1/posts/" + id)
                .then()
                .statusCode(200)
                .body("tags.name", equalTo(List.of(first)));
        asAdmin()
                .contentType("application/merge-patch+json")
                .body("{\"tags\": null}")
                .patch("/api/v1/posts/" + id)
                .then()
                .statusCode(200)
                .body("tags", equalTo(List.of()));
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("title", "Too long a tag", "tags", List.of("x".repeat(201))))
                .post("/api/v1/posts")
                .then()
                .statusCode(equalTo(422))
                .contentType("application/problem+json");
    }

    @Test
    void adminsRenameAndDeleteTagsAndPostsKeepTheirOtherTags() {
        String old = unique("Old Name");
        String kept = unique("Kept");
        JsonPath post =
                TestPosts.published("renamed tag").with("tags", List.of(old, kept)).create();
        String slug = post.getString("tags[0].slug");
        String renamed = unique("New Name");
        String newSlug = unique("new-slug").toLowerCase();

        as(TestTokens.author(unique("Not Admin")))
                .contentType(ContentType.JSON)
                .body(Map.of("name", renamed))
                .put("/api/v1/tags/" + slug)
                .then()
                .statusCode(403);
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("name", renamed, "slug", newSlug))
                .put("/api/v1/tags/" + slug)
                .then()
                .statusCode(200)
                .body("slug", equalTo(newSlug))
                .body("name", equalTo(renamed))
                .body("postCount", equalTo(1));
        anonymous().get("/api/v1/tags/" + slug).then().statusCode(404);
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("name", kept))
                .put("/api/v1/tags/" + newSlug)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        anonymous()
                .get("/api/v1/posts/" + post.getString("id"))
                .then()
                .body("tags.name", equalTo(List.of(renamed, kept)));

        asAdmin().delete("/api/v1/tags/" + newSlug).then().statusCode(204);
        anonymous()
                .get("/api/v1/posts/" + post.getString("id"))
                .then()
                .body("tags.name", equalTo(List.of(kept)));
        anonymous().get("/api/v1/tags").then().body("slug", not(hasItem(newSlug)));
        asAdmin().delete("/api/v1/tags/" + newSlug).then().statusCode(404);
    }

    @Test
    void aTagHasItsListAndFeedsAndFeedsNameTagsAfterCategoriesToldApart() throws Exception {
        String category = TestCategories.create("tag feed category");
        String categoryName = anonymous().get("/api/v1/categories/" + category).path("name");
        String tagName = unique("Feed Tag");
        JsonPath tagged =
                TestPosts.published("in the tag feed")
                        .inCategories(category)
                        .with("tags", List.of(tagName))
                        .create();
        String tag = tagged.getString("tags[0].slug");
        TestPosts.published("untagged").inCategories(category).create();
        TestPosts.draft("tagged draft").with("tags", List.of(tagName)).create();

        anonymous()
                .queryParam("tag", tag)
                .get("/api/v1/posts")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1))
                .body("items.id", equalTo(List.of(tagged.getString("id"))));
        asAdmin()
                .queryParam("tag", tag)
                .queryParam("status", "all")
                .get("/api/v1/posts")
                .then()
                .body("totalItems", equalTo(2));

        for (String format : List.of("rss", "atom")) {
            byte[] body =
                    anonymous()
                            .get("/tags/" + tag + "/feed." + format)
                            .then()
                            .statusCode(200)
                            .extract()
                            .asByteArray();
            SyndFeed feed =
                    new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(body), false));
            assertEquals(1, feed.getEntries().size(), format);
            List<SyndCategory> categories = feed.getEntries().get(0).getCategories();
            assertEquals(2, categories.size(), format);
            assertEquals(null, categories.get(0).getTaxonomyUri(), format);
            assertTrue(
                    categories.get(1).getTaxonomyUri().endsWith("/tags"),
                    format + ": " + categories.get(1).getTaxonomyUri());
            assertEquals(
                    format.equals("rss") ? categoryName : category, categories.get(0).getName());
            assertEquals(format.equals("rss") ? tagName : tag, categories.get(1).getName());
        }
        anonymous()
                .get("/tags/" + tag + "/feed.json")
                .then()
                .statusCode(200)
                .body("items[0].tags", equalTo(List.of(categoryName, tagName)));
        anonymous()
                .get("/tags/no-such-tag/feed.rss")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }
}
