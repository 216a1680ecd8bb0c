package dev.blogapi.importer;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * The two blog addresses the import tests need beyond the default one; each profile is one more
 * Quarkus start, so the tests of a kind share one. Feeds are long enough for a whole imported blog.
 */
public final class ImportProfiles {

    private ImportProfiles() {}

    /** The old Typo blog of {@code samples/}, moved to its own address. */
    public static class OldBlog implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "blog.base-url", "http://notes.example.org/blog", "blog.feed-size", "5000");
        }
    }

    /** The hand-tools blog the engine fixtures (WordPress, Ghost, Blogger) were exported from. */
    public static class EngineBlog implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("blog.base-url", "http://handtools.example", "blog.feed-size", "5000");
        }
    }
}
