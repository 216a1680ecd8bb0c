package dev.blogapi.common.http;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The public addresses a change may have changed, from the {@link Topics} it touched: what a CDN in
 * front of the service purges and what a webhook tells a front end to rebuild. Each is a path under
 * the service (this API's, the feeds', the sitemaps'), or a site path a front end serves (a post's
 * permalink); one ending in {@code *} stands for every address it begins (a list with any page,
 * size or search). {@code /*} is everything.
 */
public final class AffectedAddresses {

    private static final String ANY_QUERY = "*";
    private static final String[] FEEDS = {"feed.rss", "feed.atom", "feed.json"};

    private AffectedAddresses() {}

    public static List<String> of(Set<String> topics) {
        if (topics.contains(Topics.ANY)) {
            return List.of("/*");
        }
        Set<String> addresses = new LinkedHashSet<>();
        for (String topic : topics) {
            add(topic, addresses);
        }
        return List.copyOf(addresses);
    }

    private static void add(String topic, Set<String> addresses) {
        int colon = topic.indexOf(':');
        String kind = colon < 0 ? topic : topic.substring(0, colon);
        String value = colon < 0 ? "" : topic.substring(colon + 1);
        switch (kind) {
            case "post" -> addresses.add("/api/v1/posts/" + value);
            case "slug" -> addresses.add("/api/v1/posts/slug/" + value);
            case "path" -> {
                addresses.add(value);
                addresses.add(
                        "/api/v1/resolve?path=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
            case Topics.ALL -> everyList(addresses);
            case Topics.SEARCH -> addresses.add("/api/v1/posts?" + ANY_QUERY);
            case "category", "tag", "author" -> labelled(kind, value, addresses);
            case "year" -> addresses.add("/api/v1/posts?year=" + value + ANY_QUERY);
            case "month" -> {
                String[] parts = value.split("-");
                addresses.add(
                        "/api/v1/posts?year="
                                + parts[0]
                                + "&month="
                                + Integer.parseInt(parts[1])
                                + ANY_QUERY);
            }
            case Topics.LABELS -> {
                addresses.add("/api/v1/categories" + ANY_QUERY);
                addresses.add("/api/v1/tags" + ANY_QUERY);
                addresses.add("/api/v1/authors" + ANY_QUERY);
            }
            case Topics.PAGES -> addresses.add("/api/v1/pages" + ANY_QUERY);
            default -> addresses.add("/*");
        }
    }

    private static void everyList(Set<String> addresses) {
        addresses.add("/api/v1/posts" + ANY_QUERY);
        for (String feed : FEEDS) {
            addresses.add("/" + feed);
        }
        addresses.add("/sitemap.xml");
        addresses.add("/sitemaps/" + ANY_QUERY);
        addresses.add("/api/v1/archive");
    }

    private static void labelled(String kind, String slug, Set<String> addresses) {
        String plural = kind.equals("category") ? "categories" : kind + "s";
        addresses.add("/api/v1/posts?" + kind + "=" + slug + ANY_QUERY);
        for (String feed : FEEDS) {
            addresses.add("/" + plural + "/" + slug + "/" + feed);
        }
    }
}
