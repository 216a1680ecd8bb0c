package dev.blogapi.importer;

import static dev.blogapi.Api.anonymous;
import static dev.blogapi.Api.asAdmin;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.blogapi.Api;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A page is filed under no category and carries no tags, whoever writes it: a Ghost page with a tag
 * arrives without it (counted in skipped), and the tallies never count a page, so a tag's postCount
 * and its list agree (V17).
 */
@QuarkusTest
class PageLabelsTest {

    @Inject AgroalDataSource database;

    @Test
    void aTaggedGhostPageArrivesUntaggedAndTheTagCountStaysTrue() throws Exception {
        String id = Api.unique("pl").replace("-", "");
        String tag = "Tag " + id;
        String ghost =
                """
                {"db": [{"data": {
                  "posts": [
                    {"id": "page-%1$s", "title": "About %1$s", "slug": "about-%1$s", "html": "<p>About</p>",
                     "type": "page", "status": "published", "published_at": "2024-01-02T10:00:00.000Z"}
                  ],
                  "tags": [{"id": "t-%1$s", "name": "%2$s", "slug": "tag-%1$s"}],
                  "posts_tags": [{"post_id": "page-%1$s", "tag_id": "t-%1$s", "sort_order": 0}]
                }}]}
                """
                        .formatted(id, tag);
        asAdmin()
                .contentType(ContentType.JSON)
                .body(ghost)
                .post("/api/v1/import/ghost")
                .then()
                .statusCode(200)
                .body("created", equalTo(1))
                .body("skipped.find { it.kind == 'page-labels' }.count", equalTo(1));
        anonymous()
                .get("/api/v1/pages/slug/about-" + id)
                .then()
                .statusCode(200)
                .body("tags", equalTo(List.of()));

        // Even a label row written behind the store's back is neither filed nor counted.
        String tagSlug = writeTagRowFor("about-" + id, tag);
        anonymous().get("/api/v1/tags/" + tagSlug).then().body("postCount", equalTo(0));
        anonymous().get("/api/v1/posts?tag=" + tagSlug).then().body("totalItems", equalTo(0));
    }

    private String writeTagRowFor(String pageSlug, String tagName) throws Exception {
        try (Connection connection = database.getConnection()) {
            String tagSlug = "direct-" + pageSlug;
            try (PreparedStatement tag =
                    connection.prepareStatement(
                            "insert into tag (id, slug, name, created_at)"
                                    + " values (gen_random_uuid(), ?, ?, now())")) {
                tag.setString(1, tagSlug);
                tag.setString(2, tagName + " direct");
                tag.executeUpdate();
            }
            try (PreparedStatement row =
                    connection.prepareStatement(
                            "insert into post_tag (post_id, tag_id, position)"
                                    + " select p.id, t.id, 0 from post p, tag t"
                                    + " where p.slug = ? and t.slug = ?")) {
                row.setString(1, pageSlug);
                row.setString(2, tagSlug);
                assertEquals(1, row.executeUpdate());
            }
            try (PreparedStatement filed =
                            connection.prepareStatement(
                                    "select published_at from post_tag pt join tag t on t.id ="
                                            + " pt.tag_id where t.slug = ?");
                    ResultSet rows = query(filed, tagSlug)) {
                rows.next();
                assertEquals(null, rows.getObject(1), "a page's label row is not filed");
            }
            return tagSlug;
        }
    }

    private static ResultSet query(PreparedStatement statement, String value) throws Exception {
        statement.setString(1, value);
        return statement.executeQuery();
    }
}
