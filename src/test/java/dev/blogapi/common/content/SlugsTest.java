package dev.blogapi.common.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void foldsAccentsAndPunctuation() {
        assertEquals("cafe-tables", Slugs.from("Café tables", "post"));
        assertEquals(
                "cafe-tables-from-reclaimed-oak-part-1",
                Slugs.from("Café tables from reclaimed oak — part 1", "post"));
        assertEquals(
                "sharpening-chisels-and-why-ill-never-buy-a-jig",
                Slugs.from("Sharpening chisels, and why I’ll never buy a jig", "post"));
        assertEquals("strasse-naive-resume", Slugs.from("Straße, naïve, résumé", "post"));
    }

    @Test
    void keepsTheLettersOfOtherScriptsInsteadOfAGenericWord() {
        assertEquals("日本語の鉋", Slugs.from("日本語の鉋", "post"));
        assertEquals("ри-бен", Slugs.from("Ри Бен!", "post"));
        assertTrue(Slugs.from("Ри Бен", "post").matches(Slugs.PATTERN));
        for (String slug : List.of("日本語", "emoji-🎉", "cafe-tables", "ри-бен")) {
            assertTrue(slug.matches(Slugs.DOCUMENTED_PATTERN), "the document admits " + slug);
        }
        assertFalse("Two Words".matches(Slugs.DOCUMENTED_PATTERN));
        assertFalse("double--hyphen".matches(Slugs.DOCUMENTED_PATTERN));
        assertEquals("post", Slugs.from("", "post"));
        assertEquals("post", Slugs.from("!!!", "post"));
    }

    @Test
    void keepsASlugAnOldBlogGaveExactly() {
        assertEquals("emoji-🎉", Slugs.kept("emoji-🎉", "post"));
        assertEquals("日本語", Slugs.kept("日本語", "post"));
        assertEquals("ada", Slugs.kept("ada", "post"));
        assertEquals("two-words", Slugs.kept("Two words", "post"), "not a slug: made from it");
    }

    @Test
    void keepsLongSlugsWithinTheColumnOnAWordBoundary() {
        String slug = Slugs.from("word ".repeat(100), "post");
        assertTrue(slug.length() <= FieldLimits.POST_SLUG - 10);
        assertTrue(slug.matches(Slugs.PATTERN), slug);
    }

    @Test
    void keepsNameSlugsWithinTheirShorterColumn() {
        String slug = Slugs.from("category ".repeat(40), "category", FieldLimits.NAME_SLUG);
        assertTrue(slug.length() <= FieldLimits.NAME_SLUG - 10, slug);
    }

    @Test
    void numbersCollisionsFromTwo() {
        Set<String> taken = Set.of("glue-ups", "glue-ups-2");
        assertEquals("glue-ups-3", Slugs.unique("glue-ups", taken::contains));
        assertEquals("fresh", Slugs.unique("fresh", taken::contains));
    }
}
