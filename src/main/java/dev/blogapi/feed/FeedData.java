package dev.blogapi.feed;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Everything a feed shows, already made safe for XML and with absolute links: what the three
 * writers turn into bytes.
 *
 * @param updated when the feed's content last changed: lastBuildDate, Atom updated, Last-Modified
 * @param feedUrls absolute URL of this feed in each format
 */
record FeedData(
        String title,
        String description,
        String language,
        String homeUrl,
        int ttlMinutes,
        Instant updated,
        Map<FeedFormat, String> feedUrls,
        List<Item> items) {

    /**
     * One post in a feed; {@code authors} (its author first, then its co-authors), {@code
     * categories} and {@code tags} are in the post's order.
     */
    record Item(
            String title,
            String url,
            String guid,
            Instant published,
            Instant updated,
            List<String> authors,
            List<Category> categories,
            List<Category> tags,
            String contentHtml,
            String summary,
            String image) {}

    record Category(String slug, String name) {}

    /**
     * What tells a post's tags from its categories in RSS ({@code category domain}) and Atom
     * ({@code category scheme}): the address of the blog's tags.
     */
    static String tagScheme(String homeUrl) {
        return homeUrl + "tags";
    }
}
