package dev.blogapi.category;

import static dev.blogapi.Api.anonymous;
import static dev.blogapi.Api.asAdmin;
import static dev.blogapi.Api.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

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
                .statusCode(409);
        asAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("name", ""))
                .post("/api/v1/categories")
                .then()
                .statusCode(422)
                .body("errors[0].field", equalTo("name"));
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
