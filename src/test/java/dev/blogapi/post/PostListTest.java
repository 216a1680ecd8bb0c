package dev.blogapi.post;

import static dev.blogapi.Api.anonymous;
import static dev.blogapi.Api.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.blogapi.category.TestCategories;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PostListTest {

    @Test
    void pagesNewestFirstWithTotalsAndLinks() {
        String category = TestCategories.create("paging");
        List<String> ids = new ArrayList<>();
        for (int day = 1; day <= 5; day++) {
            ids.add(
                    0,
                    TestPosts.published("page")
                            .inCategories(category)
                            .at(Instant.parse("2010-03-0" + day + "T10:00:00Z"))
                            .create()
                            .getString("id"));
        }
        anonymous()
                .queryParam("category", category)
                .queryParam("size", 2)
                .get("/api/v1/posts")
                .then()
                .statusCode(200)
                .body("page", equalTo(1))
                .body("size", equalTo(2))
                .body("totalItems", equalTo(5))
                .body("totalPages", equalTo(3))
                .body("items.id", contains(ids.get(0), ids.get(1)))
                .header("Link", containsString("page=1&size=2>; rel=\"first\""))
                .header("Link", containsString("page=2&size=2>; rel=\"next\""))
                .header("Link", containsString("page=3&size=2>; rel=\"last\""))
                .header("Link", not(containsString("rel=\"prev\"")))
                .header("Link", containsString("category=" + category));

        anonymous()
                .queryParam("category", category)
                .queryParam("size", 2)
                .queryParam("page", 3)
                .get("/api/v1/posts")
                .then()
                .statusCode(200)
                .body("items.id", contains(ids.get(4)))
                .header("Link", containsString("page=2&size=2>; rel=\"prev\""))
                .header("Link", not(containsString("rel=\"next\"")));

        anonymous()
                .queryParam("category", category)
                .queryParam("size", 2)
                .queryParam("page", 4)
                .get("/api/v1/posts")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(0))
                .body("totalItems", equalTo(5))
                .header("Link", containsString("page=3&size=2>; rel=\"prev\""));

        anonymous()
                .queryParam("category", category)
                .queryParam("size", 100)
                .get("/api/v1/posts")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(5));
    }

    @Test
    void rejectsOutOfRangeParametersWithAProblem() {
        String[][] bad = {
            {"page", "0"},
            {"page", "abc"},
            {"size", "0"},
            {"size", "1000"},
            {"month", "13"},
            {"year", "-1"},
            {"status", "secret"}
        };
        for (String[] parameter : bad) {
            anonymous()
                    .queryParam(parameter[0], parameter[1])
                    .queryParam("year", "2007")
                    .get("/api/v1/posts")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:blog-api:problem:invalid-parameter"))
                    .body("errors[0].field", equalTo(parameter[0]));
        }
        anonymous()
                .queryParam("month", "6")
                .get("/api/v1/posts")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("month"));
    }

    @Test
    void filtersByAuthorCategoryArchiveMonthAndText() {
        String category = TestCategories.create("filters");
        String author = unique("Filter Author");
        String word = "zebra" + unique("x").replace("-", "");
        String june =
                TestPosts.published("june")
                        .by(author)
                        .inCategories(category)
                        .at(Instant.parse("2007-06-30T12:16:04Z"))
                        .with("contentHtml", "<p>About the " + word + " crossing</p>")
                        .create()
                        .getString("id");
        String july =
                TestPosts.published("july")
                        .inCategories(category)
                        .at(Instant.parse("2007-07-01T00:00:00Z"))
                        .create()
                        .getString("id");
        String authorSlug =
                anonymous().get("/api/v1/posts/{id}", june).then().extract().path("author.slug");

        anonymous()
                .queryParam("author", authorSlug)
                .get("/api/v1/posts")
                .then()
                .body("items.id", contains(june));
        anonymous()
                .queryParam("category", category)
                .queryParam("year", 2007)
                .queryParam("month", 6)
                .get("/api/v1/posts")
                .then()
                .body("items.id", contains(june));
        anonymous()
                .queryParam("category", category)
                .queryParam("year", 2007)
                .get("/api/v1/posts")
                .then()
                .body("items.id", contains(july, june));
        anonymous()
                .queryParam("q", word)
                .get("/api/v1/posts")
                .then()
                .body("items.id", contains(june));
        anonymous()
                .queryParam("category", category)
                .queryParam("q", "crossing " + word)
                .get("/api/v1/posts")
                .then()
                .body("totalItems", equalTo(1));
    }

    @Test
    void listsArchiveMonthsNewestFirst() {
        int decemberBefore = archiveCount(1999, 12);
        int novemberBefore = archiveCount(1999, 11);
        TestPosts.published("archive").at(Instant.parse("1999-12-31T23:59:59Z")).create();
        TestPosts.published("archive").at(Instant.parse("1999-12-01T00:00:00Z")).create();
        TestPosts.published("archive").at(Instant.parse("1999-11-15T00:00:00Z")).create();
        TestPosts.draft("archive").create();

        assertEquals(decemberBefore + 2, archiveCount(1999, 12));
        assertEquals(novemberBefore + 1, archiveCount(1999, 11));
        List<Map<String, Integer>> months =
                anonymous().get("/api/v1/archive").then().statusCode(200).extract().path("");
        List<Integer> keys =
                months.stream().map(m -> m.get("year") * 100 + m.get("month")).toList();
        assertEquals(keys.stream().sorted(Comparator.reverseOrder()).toList(), keys);
    }

    private static int archiveCount(int year, int month) {
        Integer count =
                anonymous()
                        .get("/api/v1/archive")
                        .then()
                        .statusCode(200)
                        .extract()
                        .path(
                                "find { it.year == "
                                        + year
                                        + " && it.month == "
                                        + month
                                        + " }.postCount");
        return count == null ? 0 : count;
    }
}
