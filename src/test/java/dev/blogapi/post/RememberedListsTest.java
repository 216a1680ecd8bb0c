package dev.blogapi.post;

import static dev.blogapi.Api.asAdmin;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.blogapi.category.TestCategories;
import dev.blogapi.common.time.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A public list's total and where its pages start are remembered between reads (PostQueries), so
 * they must end with every change of public content, like the kept answers. Read with a token, so
 * that no kept answer hides what the remembered values give.
 */
@QuarkusTest
class RememberedListsTest {

    @Inject TestClock clock;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    @Test
    void pagesWalkedTwiceAgreeAndAWriteShiftsThem() {
        String category = TestCategories.create("walked");
        Instant base = clock.instant().minus(Duration.ofDays(30));
        List<String> newestFirst = new ArrayList<>();
        for (int day = 0; day < 7; day++) {
            newestFirst.add(
                    0,
                    TestPosts.published("walked-" + day)
                            .at(base.plus(Duration.ofDays(day)))
                            .inCategories(category)
                            .create()
                            .getString("id"));
        }

        for (int round = 0; round < 2; round++) {
            assertEquals(newestFirst.subList(0, 3), ids(category, 1), "round " + round);
            assertEquals(newestFirst.subList(3, 6), ids(category, 2), "round " + round);
            assertEquals(newestFirst.subList(6, 7), ids(category, 3), "round " + round);
            assertEquals(7, page(category, 2).getInt("totalItems"));
        }

        String newest =
                TestPosts.published("walked-new")
                        .at(base.plus(Duration.ofDays(10)))
                        .inCategories(category)
                        .create()
                        .getString("id");
        assertEquals(
                List.of(newestFirst.get(2), newestFirst.get(3), newestFirst.get(4)),
                ids(category, 2));
        assertEquals(8, page(category, 2).getInt("totalItems"));
        assertEquals(newest, ids(category, 1).get(0));
    }

    @Test
    void aScheduledPostJoinsTheRememberedTotalAtItsMoment() {
        String category = TestCategories.create("scheduled-total");
        TestPosts.published("now").inCategories(category).create();
        TestPosts.published("later")
                .at(clock.instant().plus(Duration.ofMinutes(5)))
                .inCategories(category)
                .create();
        assertEquals(1, page(category, 1).getInt("totalItems"));
        assertEquals(1, page(category, 1).getInt("totalItems"));

        clock.advance(Duration.ofMinutes(5));

        assertEquals(2, page(category, 1).getInt("totalItems"));
    }

    private static List<String> ids(String category, int page) {
        return page(category, page).getList("items.id", String.class);
    }

    private static JsonPath page(String category, int page) {
        return asAdmin()
                .queryParam("category", category)
                .queryParam("size", 3)
                .queryParam("page", page)
                .get("/api/v1/posts")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
