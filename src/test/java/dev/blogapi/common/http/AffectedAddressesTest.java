package dev.blogapi.common.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The public addresses a change may have changed, for a CDN's purge or a webhook. */
class AffectedAddressesTest {

    @Test
    void aListedPostsWriteNamesItsAnswersListsFeedsAndAddress() {
        List<String> addresses =
                AffectedAddresses.of(
                        new LinkedHashSet<>(
                                List.of(
                                        "post:6a2d9e70-1c3b-4f5a-8e26-b7a4c9d01e22",
                                        "slug:cafe-tables",
                                        "path:/articles/2007/06/30/cafe-tables",
                                        "all",
                                        "category:tools",
                                        "month:2007-06",
                                        "labels")));
        assertTrue(addresses.contains("/api/v1/posts/6a2d9e70-1c3b-4f5a-8e26-b7a4c9d01e22"));
        assertTrue(addresses.contains("/api/v1/posts/slug/cafe-tables"));
        assertTrue(addresses.contains("/articles/2007/06/30/cafe-tables"));
        assertTrue(
                addresses.contains(
                        "/api/v1/resolve?path=%2Farticles%2F2007%2F06%2F30%2Fcafe-tables"));
        assertTrue(
                addresses.containsAll(
                        List.of("/feed.rss", "/feed.atom", "/feed.json", "/sitemap.xml")));
        assertTrue(addresses.contains("/api/v1/posts?category=tools*"));
        assertTrue(addresses.contains("/categories/tools/feed.atom"));
        assertTrue(addresses.contains("/api/v1/posts?year=2007&month=6*"));
        assertTrue(addresses.contains("/api/v1/tags*"));
    }

    @Test
    void aChangeOfEverythingIsEveryAddress() {
        assertEquals(List.of("/*"), AffectedAddresses.of(Topics.EVERYTHING));
    }
}
