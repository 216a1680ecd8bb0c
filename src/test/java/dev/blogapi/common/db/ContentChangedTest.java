package dev.blogapi.common.db;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blogapi.category.TestCategories;
import dev.blogapi.post.TestPosts;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A post write tells observers inside the service which public addresses it may have changed. */
@QuarkusTest
class ContentChangedTest {

    @Inject HeardChanges heard;

    @Test
    void publishingAPostNamesItsAnswersItsCategorysListsAndFeedsAndEveryList() {
        String category = TestCategories.create("heard");
        heard.changes().clear();
        JsonPath post = TestPosts.published("heard").inCategories(category).create();
        List<String> addresses =
                heard.changes().stream().flatMap(change -> change.addresses().stream()).toList();
        assertTrue(
                addresses.contains("/api/v1/posts/" + post.getString("id")), addresses.toString());
        assertTrue(addresses.contains("/api/v1/posts/slug/" + post.getString("slug")));
        assertTrue(addresses.contains(post.getString("permalink")), addresses.toString());
        assertTrue(addresses.contains("/categories/" + category + "/feed.rss"));
        assertTrue(addresses.contains("/feed.json"));
    }
}
