package dev.blogapi.category;

import static dev.blogapi.Api.anonymous;
import static dev.blogapi.Api.asAdmin;
import static dev.blogapi.Api.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import dev.blogapi.post.TestPosts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CategoryResourceTest {

    @Test
    void createsListsAndGetsCategoriesWithPublishedCounts() {
        String name = unique("Wood Working");
        String slug =
                asAdmin()
                        .contentType(ContentType.JSON)
                        .body(Map.of("name", name, "description", "Oak & ash"))
                        .post("/api/v1/categories")
                        .then()
                        .statusCode(201)
                        .header(
                                "Location",
                                matchesPattern(".*/api/v1/categories/wood-working-[0-9a-f]{8}"))
                        .body("slug", equalTo(name.toLowerCase().replace(' ', '-')))
                        .body("postCount", equalTo(0))
                        .extract()
                        .path("slug");
        TestPosts.published("counted").inCategories(slug).create();
        TestPosts.draft("not-counted").inCategories(slug).create();

        anonymous()
                .get("/api/v1/categories/{slug}", slug)
                .then()
                .statusCode(200)
                .body("name", equalTo(name))
                .body("description", equalTo("Oak & ash"))
                .body("postCount", equalTo(1));
        anonymous().get("/api/v1/categories").then().statusCode(200).body("slug", hasItem(slug));
        anonymous()
                .get("/api/v1/categories/{slug}", "no-such-category")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void derivesAShortEnoughSlugFromALongName() {
        String name = unique("A very long category name") + " about".repeat(25);
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("name", name))
                .post("/api/v1/categories")
                .then()
                .statusCode(201)
                .body("name", equalTo(name));
    }

    @Test
    void refusesTakenSlugsAndNames() {
        String slug = TestCategories.create("dupe");
        String name = anonymous().get("/api/v1/categories/{slug}", slug).path("name");
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("name", unique("other"), "slug", slug))
                .post("/api/v1/categories")
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("name", name))
                .post("/api/v1/categories")
                .then()
                .statusCode(409)
                .body("detail", containsString("already exists at that level"));
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("name", ""))
                .post("/api/v1/categories")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("name"));
    }

    @Test
    void nestsCategoriesAndListsAParentWithItsChildrenOnRequest() {
        String top = TestCategories.create("workshop");
        String child = create(Map.of("name", "Tips", "parent", top));
        String other = TestCategories.create("travel");
        create(Map.of("name", "Tips", "parent", other));
        String grandchild = create(Map.of("name", unique("Chisels"), "parent", child));
        anonymous()
                .get("/api/v1/categories/{slug}", child)
                .then()
                .body("parent", equalTo(top))
                .body("name", equalTo("Tips"));
        anonymous().get("/api/v1/categories/{slug}", top).then().body("parent", nullValue());
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Tips", "parent", top))
                .post("/api/v1/categories")
                .then()
                .statusCode(409)
                .body("detail", containsString("at that level"));
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("name", "Workshop", "parent", grandchild))
                .put("/api/v1/categories/{slug}", top)
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("parent"));
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("name", unique("x"), "parent", "no-such-parent"))
                .post("/api/v1/categories")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("parent"));

        String inTop = TestPosts.published("in-top").inCategories(top).create().getString("slug");
        String inGrandchild =
                TestPosts.published("in-grandchild")
                        .inCategories(grandchild)
                        .create()
                        .getString("slug");
        TestPosts.published("in-both").inCategories(top, child).create();
        anonymous()
                .queryParam("category", top)
                .get("/api/v1/posts")
                .then()
                .body("items.slug", not(hasItem(inGrandchild)))
                .body("totalItems", equalTo(2));
        anonymous()
                .queryParam("category", top)
                .queryParam("includeChildren", "true")
                .get("/api/v1/posts")
                .then()
                .body("items.slug", hasItems(inTop, inGrandchild))
                .body("totalItems", equalTo(3));
        anonymous()
                .queryParam("category", top)
                .queryParam("includeChildren", "yes")
                .get("/api/v1/posts")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        String feed = anonymous().get("/categories/{slug}/feed.rss", top).asString();
        org.junit.jupiter.api.Assertions.assertTrue(
                feed.contains("in-grandchild"), "a category's feed carries its children's posts");
    }

    private static String create(Map<String, String> category) {
        return asAdmin()
                .contentType(ContentType.JSON)
                .body(category)
                .post("/api/v1/categories")
                .then()
                .statusCode(201)
                .extract()
                .path("slug");
    }

    @Test
    void replacesACategoryAndRenamesItsSlug() {
        String slug = TestCategories.create("rename");
        String newSlug = unique("renamed");
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("name", unique("Renamed"), "slug", newSlug))
                .put("/api/v1/categories/{slug}", slug)
                .then()
                .statusCode(200)
                .body("slug", equalTo(newSlug));
        anonymous().get("/api/v1/categories/{slug}", slug).then().statusCode(404);
        anonymous().get("/api/v1/categories/{slug}", newSlug).then().statusCode(200);
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("name", "x"))
                .put("/api/v1/categories/{slug}", "no-such-category")
                .then()
                .statusCode(404);
    }

    @Test
    void deletingACategoryDetachesItFromPostsKeepingTheOthersInOrder() {
        String first = TestCategories.create("first");
        String doomed = TestCategories.create("doomed");
        String last = TestCategories.create("last");
        String id =
                TestPosts.published("detach")
                        .inCategories(first, doomed, last)
                        .create()
                        .getString("id");

        asAdmin().delete("/api/v1/categories/{slug}", doomed).then().statusCode(204);

        anonymous()
                .get("/api/v1/posts/{id}", id)
                .then()
                .statusCode(200)
                .body("categories.slug", contains(first, last));
        anonymous().get("/api/v1/categories/{slug}", doomed).then().statusCode(404);
        asAdmin().delete("/api/v1/categories/{slug}", doomed).then().statusCode(404);
    }
}
