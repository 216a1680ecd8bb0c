package dev.blogapi.common.http;

import static dev.blogapi.Api.anonymous;
import static dev.blogapi.Api.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.blogapi.category.TestCategories;
import dev.blogapi.common.time.TestClock;
import dev.blogapi.post.TestPosts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A write forgets the kept answers that showed what it changed, and only those: for each kind of
 * post write, every answer that must change changes at once, and answers about other posts and
 * other labels are still answered from memory.
 */
@QuarkusTest
class TargetedForgettingTest {

    @Inject PublicResponseCache cache;
    @Inject TestClock clock;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    @Test
    void publishingAPostForgetsItsListsAndFeedsNotOtherPostsOrOtherCategories() {
        String mine = TestCategories.create("mine");
        String other = TestCategories.create("other");
        JsonPath elsewhere = TestPosts.published("elsewhere").inCategories(other).create();
        keep("/api/v1/posts", "category=" + mine);
        keep("/api/v1/posts", "category=" + other);
        keep("/api/v1/posts/slug/" + elsewhere.getString("slug"), null);
        keep("/api/v1/posts/" + elsewhere.getString("id"), null);
        keep("/categories/" + other + "/feed.json", null);
        keep("/feed.json", null);

        JsonPath created = TestPosts.published("new").inCategories(mine).create();

        assertNull(kept("/api/v1/posts", "category=" + mine));
        assertNull(kept("/feed.json", null));
        assertNotNull(kept("/api/v1/posts", "category=" + other), "another category's list stays");
        assertNotNull(kept("/categories/" + other + "/feed.json", null));
        assertNotNull(kept("/api/v1/posts/slug/" + elsewhere.getString("slug"), null));
        assertNotNull(kept("/api/v1/posts/" + elsewhere.getString("id"), null));
        anonymous()
                .queryParam("category", mine)
                .get("/api/v1/posts")
                .then()
                .body("items.id", equalTo(List.of(created.getString("id"))));
        anonymous()
                .get("/feed.json")
                .then()
                .body("items[0].title", equalTo(created.getString("title")));
    }

    @Test
    void editingAPostChangesItsAnswersEverywhereAtOnce() {
        String category = TestCategories.create("edited");
        JsonPath post = TestPosts.published("edited").inCategories(category).create();
        JsonPath neighbour = TestPosts.published("neighbour").inCategories(category).create();
        String id = post.getString("id");
        keep("/api/v1/posts/" + id, null);
        keep("/api/v1/posts/slug/" + post.getString("slug"), null);
        keep("/api/v1/resolve", "path=" + post.getString("permalink"));
        keep("/api/v1/posts", "category=" + category);
        keep("/api/v1/posts/" + neighbour.getString("id"), null);

        patch(id, Map.of("title", "Edited title"));

        anonymous().get("/api/v1/posts/{id}", id).then().body("title", equalTo("Edited title"));
        anonymous()
                .get("/api/v1/posts/slug/{slug}", post.getString("slug"))
                .then()
                .body("title", equalTo("Edited title"));
        anonymous()
                .queryParam("path", post.getString("permalink"))
                .get("/api/v1/resolve")
                .then()
                .body("title", equalTo("Edited title"));
        anonymous()
                .queryParam("category", category)
                .get("/api/v1/posts")
                .then()
                .body("items.title", org.hamcrest.Matchers.hasItem("Edited title"));
        assertNotNull(kept("/api/v1/posts/" + neighbour.getString("id"), null));
    }

    @Test
    void movingAPostToAnotherCategoryChangesBothCategoriesAndTheParentOfTheNewOne() {
        String from = TestCategories.create("from");
        String parent = TestCategories.create("parent");
        String child = childOf(parent);
        String id = TestPosts.published("moving").inCategories(from).create().getString("id");
        keep("/api/v1/posts", "category=" + from);
        keep("/categories/" + parent + "/feed.json", null);
        keep("/api/v1/posts", "category=" + child);

        patch(id, Map.of("categories", List.of(child)));

        anonymous()
                .queryParam("category", from)
                .get("/api/v1/posts")
                .then()
                .body("totalItems", equalTo(0));
        anonymous()
                .queryParam("category", child)
                .get("/api/v1/posts")
                .then()
                .body("totalItems", equalTo(1));
        anonymous()
                .get("/categories/{slug}/feed.json", parent)
                .then()
                .body("items.size()", equalTo(1));
    }

    @Test
    void unpublishingRenamingAndDeletingAreSeenAtOnce() {
        String category = TestCategories.create("gone");
        JsonPath post = TestPosts.published("going").inCategories(category).create();
        String id = post.getString("id");
        String slug = post.getString("slug");
        keep("/api/v1/posts/slug/" + slug, null);
        keep("/api/v1/posts", "category=" + category);

        patch(id, Map.of("slug", slug + "-renamed"));
        anonymous().get("/api/v1/posts/slug/{slug}", slug).then().statusCode(404);
        anonymous().get("/api/v1/posts/slug/{slug}", slug + "-renamed").then().statusCode(200);

        keep("/api/v1/posts/" + id, null);
        patch(id, Map.of("status", "draft"));
        anonymous().get("/api/v1/posts/{id}", id).then().statusCode(404);
        anonymous()
                .queryParam("category", category)
                .get("/api/v1/posts")
                .then()
                .body("totalItems", equalTo(0));

        patch(id, Map.of("status", "published"));
        keep("/api/v1/posts/" + id, null);
        keep("/api/v1/posts", "category=" + category);
        asAdmin().delete("/api/v1/posts/{id}", id).then().statusCode(204);
        anonymous().get("/api/v1/posts/{id}", id).then().statusCode(404);
        anonymous()
                .queryParam("category", category)
                .get("/api/v1/posts")
                .then()
                .body("totalItems", equalTo(0));
    }

    @Test
    void aDraftsWritesForgetNoPublicListAndAScheduledPostStillAppearsAtItsMoment() {
        String category = TestCategories.create("quiet");
        TestPosts.published("shown").inCategories(category).create();
        keep("/api/v1/posts", "category=" + category);
        keep("/feed.json", null);

        String draft =
                TestPosts.draft("quiet draft").inCategories(category).create().getString("id");
        patch(draft, Map.of("title", "Still a draft"));
        assertNotNull(kept("/api/v1/posts", "category=" + category), "a draft is in no list");
        assertNotNull(kept("/feed.json", null));

        TestPosts.published("later")
                .at(clock.instant().plus(Duration.ofMinutes(10)))
                .inCategories(category)
                .create();
        assertNotNull(
                kept("/api/v1/posts", "category=" + category), "not listed before its moment");
        clock.advance(Duration.ofMinutes(10));
        anonymous()
                .queryParam("category", category)
                .get("/api/v1/posts")
                .then()
                .body("totalItems", equalTo(2));
    }

    @Test
    void aPageOrACategoryWriteForgetsEverything() {
        JsonPath post = TestPosts.published("kept").create();
        keep("/api/v1/posts/" + post.getString("id"), null);
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("title", "About", "status", "published", "contentHtml", "<p>Hi</p>"))
                .post("/api/v1/pages")
                .then()
                .statusCode(201);
        assertNull(kept("/api/v1/posts/" + post.getString("id"), null));

        keep("/api/v1/posts/" + post.getString("id"), null);
        TestCategories.create("any");
        assertNull(kept("/api/v1/posts/" + post.getString("id"), null));
    }

    private static String childOf(String parent) {
        return asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Child of " + parent, "parent", parent))
                .post("/api/v1/categories")
                .then()
                .statusCode(201)
                .extract()
                .path("slug");
    }

    private static void patch(String id, Map<String, Object> changes) {
        asAdmin()
                .contentType("application/merge-patch+json")
                .body(changes)
                .patch("/api/v1/posts/{id}", id)
                .then()
                .statusCode(200);
    }

    /** Reads {@code path} anonymously until it is kept. */
    private void keep(String path, String query) {
        var request = anonymous().accept("*/*");
        if (query != null) {
            String[] pair = query.split("=", 2);
            request.queryParam(pair[0], pair[1]);
        }
        request.get(path).then().statusCode(200);
        assertNotNull(kept(path, query), path + " is kept");
    }

    private PublicResponseCache.Answer kept(String path, String query) {
        return cache.lookup(CachedAnswers.keyOf("GET", path, query, false));
    }
}
