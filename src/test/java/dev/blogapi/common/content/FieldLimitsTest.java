package dev.blogapi.common.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The limits requests and imports check are the sizes the migrations gave the columns. */
@QuarkusTest
class FieldLimitsTest {

    @Inject EntityManager em;

    @Test
    @Transactional
    void matchTheColumnSizesOfTheSchema() {
        Map<String, Integer> expected =
                Map.ofEntries(
                        Map.entry("post.title", FieldLimits.TITLE),
                        Map.entry("post.slug", FieldLimits.POST_SLUG),
                        Map.entry("post.guid", FieldLimits.GUID),
                        Map.entry("post.legacy_path", FieldLimits.PATH),
                        Map.entry("post_alias.path", FieldLimits.PATH),
                        Map.entry("author.slug", FieldLimits.NAME_SLUG),
                        Map.entry("author.name", FieldLimits.NAME),
                        Map.entry("category.slug", FieldLimits.NAME_SLUG),
                        Map.entry("category.name", FieldLimits.NAME),
                        Map.entry("category.description", FieldLimits.DESCRIPTION),
                        Map.entry("tag.slug", FieldLimits.NAME_SLUG),
                        Map.entry("tag.name", FieldLimits.NAME),
                        Map.entry("api_token.name", FieldLimits.NAME));
        expected.forEach(
                (column, limit) -> {
                    String[] parts = column.split("\\.");
                    Number size =
                            (Number)
                                    em.createNativeQuery(
                                                    "select character_maximum_length from"
                                                            + " information_schema.columns where"
                                                            + " table_schema = current_schema()"
                                                            + " and table_name = ?1 and column_name = ?2")
                                            .setParameter(1, parts[0])
                                            .setParameter(2, parts[1])
                                            .getSingleResult();
                    assertEquals(limit, size.intValue(), column);
                });
    }
}
