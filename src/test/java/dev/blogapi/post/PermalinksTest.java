package dev.blogapi.post;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PermalinksTest {

    private final Permalinks permalinks =
            new Permalinks("/articles/{yyyy}/{MM}/{dd}/{slug}", "https://blog.example.org/");

    @Test
    void buildsTheDatedPathInUtc() {
        assertEquals(
                "/articles/2007/06/30/software-for-python-presentations",
                permalinks.pathOf(
                        "software-for-python-presentations",
                        Instant.parse("2007-06-30T23:30:00Z")));
        assertEquals(
                "/articles/2008/01/01/new-year",
                permalinks.pathOf("new-year", Instant.parse("2008-01-01T00:00:00Z")));
    }

    @Test
    void aDraftHasNoPathAndAnImportedPostKeepsItsOldOne() {
        assertNull(permalinks.pathOf("draft", null));
        Post imported = new Post();
        imported.slug = "kept";
        imported.publishedAt = Instant.parse("2007-06-30T12:00:00Z");
        imported.legacyPath = "/2007/06/30/kept.html";
        assertEquals("/2007/06/30/kept.html", permalinks.pathOf(imported));
        imported.publishedAt = null;
        assertNull(permalinks.pathOf(imported));
    }

    @Test
    void readsTheSlugBackFromAPathOfThePatternOnly() {
        assertEquals(Optional.of("a-post"), permalinks.slugIn("/articles/2007/06/30/a-post"));
        assertEquals(Optional.of("a-post"), permalinks.slugIn("/articles/2007/06/30/a-post/"));
        assertEquals(Optional.empty(), permalinks.slugIn("/articles/2007/6/30/a-post"));
        assertEquals(Optional.empty(), permalinks.slugIn("/articles/2007/06/30/A-Post"));
        assertEquals(Optional.empty(), permalinks.slugIn("/posts/a-post"));
    }

    @Test
    void makesAbsoluteUrlsWithoutADoubleSlash() {
        assertEquals("https://blog.example.org", permalinks.baseUrl());
        assertEquals("https://blog.example.org/articles/x", permalinks.urlOf("/articles/x"));
        assertNull(permalinks.urlOf(null));
    }

    @Test
    void refusesAPatternWithoutASlugOrLeadingSlash() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new Permalinks("/articles/{yyyy}", "https://blog.example.org"));
        assertThrows(
                IllegalArgumentException.class,
                () -> new Permalinks("articles/{slug}", "https://blog.example.org"));
    }
}
