package dev.blogapi.feed;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blogapi.category.TestCategories;
import dev.blogapi.common.http.PublicResponseCache;
import dev.blogapi.post.TestPosts;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/** A feed costs the same number of SQL statements with 1 item as with 20: no query per item. */
@QuarkusTest
class FeedQueryCountTest {

    @Inject EntityManagerFactory entityManagerFactory;
    @Inject PublicResponseCache cache;

    @Test
    void rendersAFeedInAConstantNumberOfQueries() {
        String small = TestCategories.create("one-post");
        String big = TestCategories.create("many-posts");
        String other = TestCategories.create("other");
        TestPosts.published("single").inCategories(small, other).create();
        for (int i = 0; i < 20; i++) {
            TestPosts.published("many").inCategories(big, other).by("Author " + i).create();
        }
        for (String format : new String[] {"rss", "atom", "json"}) {
            long forOne = statementsFor("/categories/" + small + "/feed." + format);
            long forTwenty = statementsFor("/categories/" + big + "/feed." + format);
            assertTrue(forOne > 0, "statistics must be counting");
            assertEquals(forOne, forTwenty, format + ": statements for 1 item vs 20 items");
        }
    }

    private long statementsFor(String path) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        // Each render then also finds when the next scheduled post is due, as a cold one does.
        cache.invalidate();
        statistics.clear();
        given().get(path).then().statusCode(200);
        return statistics.getPrepareStatementCount();
    }
}
