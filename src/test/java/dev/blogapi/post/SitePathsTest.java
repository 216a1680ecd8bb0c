package dev.blogapi.post;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SitePathsTest {

    @Test
    void aPathIsTriedWithAndWithoutItsSlashRawAndEscapedInBothCases() {
        Set<String> variants = SitePaths.variants("/2023/caf%C3%A9");
        assertTrue(
                variants.containsAll(
                        Set.of(
                                "/2023/caf%C3%A9",
                                "/2023/caf%C3%A9/",
                                "/2023/caf%c3%a9/",
                                "/2023/café",
                                "/2023/café/")),
                variants.toString());
        assertTrue(SitePaths.variants("/2023/café/").contains("/2023/caf%c3%a9/"));
    }

    @Test
    void queriesAndFilesKeepTheirShape() {
        assertEquals(Set.of("/?p=12"), SitePaths.variants("/?p=12"));
        assertTrue(SitePaths.variants("/feed.xml").stream().noneMatch(v -> v.endsWith("/")));
    }
}
