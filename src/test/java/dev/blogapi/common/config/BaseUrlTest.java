package dev.blogapi.common.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** BLOG_BASE_URL is checked and normalised in one place. */
class BaseUrlTest {

    @Test
    void dropsTrailingSlashesAndKeepsAPath() {
        assertEquals("https://blog.example.org", BaseUrl.normalise("https://blog.example.org/"));
        assertEquals("https://example.org/blog", BaseUrl.normalise(" https://example.org/blog// "));
        assertEquals("http://localhost:8080", BaseUrl.normalise("http://localhost:8080"));
    }

    @Test
    void refusesWhatCannotPrefixALink() {
        for (String bad :
                new String[] {
                    "",
                    "blog.example.org",
                    "ftp://x.org",
                    "https://",
                    "https://x.org/?a=1",
                    "https://x.org/#top",
                    "https://x y"
                }) {
            IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> BaseUrl.normalise(bad), bad);
            assertTrue(e.getMessage().contains("BLOG_BASE_URL"), e.getMessage());
        }
    }
}
