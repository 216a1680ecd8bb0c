package dev.blogapi.common.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void fallsBackWhenNothingIsLeft() {
        assertEquals("post", Slugs.from("日本語", "post"));
        assertEquals("post", Slugs.from("", "post"));
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
