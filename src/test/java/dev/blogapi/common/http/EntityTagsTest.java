package dev.blogapi.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EntityTagsTest {

    private static final String TAG = EntityTags.of("body");

    @Test
    void isAStrongQuotedTagThatDependsOnTheBytes() {
        assertTrue(TAG.startsWith("\"") && TAG.endsWith("\""), TAG);
        assertEquals(TAG, EntityTags.of("body"));
        assertFalse(TAG.equals(EntityTags.of("body ")));
    }

    @Test
    void matchesTheSameTagAnyInAListTheWildcardAndItsWeakForm() {
        assertTrue(EntityTags.matches(TAG, TAG));
        assertTrue(EntityTags.matches("\"other\", " + TAG, TAG));
        assertTrue(EntityTags.matches("*", TAG));
        assertTrue(EntityTags.matches("W/" + TAG, TAG));
        assertTrue(EntityTags.matches("w/" + TAG, TAG));
    }

    @Test
    void doesNotMatchAbsentOtherOrUnquotedTags() {
        assertFalse(EntityTags.matches(null, TAG));
        assertFalse(EntityTags.matches("\"other\"", TAG));
        assertFalse(EntityTags.matches(TAG.substring(1, TAG.length() - 1), TAG));
        assertFalse(EntityTags.matches("", TAG));
    }
}
