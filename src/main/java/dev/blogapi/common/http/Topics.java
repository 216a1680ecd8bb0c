package dev.blogapi.common.http;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a public answer shows, named so that a change can say what it touched and forget only the
 * answers showing it: one post ({@code post:ID}, {@code slug:SLUG}, {@code path:PATH}), a filtered
 * list or feed ({@code category:SLUG}, {@code tag:SLUG}, {@code author:SLUG}, {@code year:YYYY},
 * {@code month:YYYY-MM}), every unfiltered list, feed and sitemap ({@link #ALL}), searches ({@link
 * #SEARCH}), the labels' own answers ({@link #LABELS}) and the pages' ({@link #PAGES}). An answer
 * whose route is not named here shows {@link #ANY}thing: every change forgets it.
 */
public final class Topics {

    /** Every change touches it; a change that names it forgets everything. */
    public static final String ANY = "*";

    public static final String ALL = "all";
    public static final String SEARCH = "search";
    public static final String LABELS = "labels";
    public static final String PAGES = "pages";

    public static final Set<String> EVERYTHING = Set.of(ANY);

    /** Where a resource notes, on its request, the topics of the answer it gives. */
    private static final String SHOWN = "blog.topics";

    private Topics() {}

    public static String post(Object id) {
        return "post:" + id.toString().toLowerCase(Locale.ROOT);
    }

    public static String slug(String slug) {
        return "slug:" + slug.toLowerCase(Locale.ROOT);
    }

    public static String path(String path) {
        return "path:" + path;
    }

    public static String category(String slug) {
        return "category:" + slug.toLowerCase(Locale.ROOT);
    }

    public static String tag(String slug) {
        return "tag:" + slug.toLowerCase(Locale.ROOT);
    }

    public static String author(String slug) {
        return "author:" + slug.toLowerCase(Locale.ROOT);
    }

    public static String year(int year) {
        return "year:" + year;
    }

    public static String month(int year, int month) {
        return String.format(Locale.ROOT, "month:%d-%02d", year, month);
    }

    /** Whether a change of {@code changed} touches an answer showing {@code shown}. */
    static boolean touches(Set<String> shown, Set<String> changed) {
        if (shown.contains(ANY)) {
            return true;
        }
        for (String topic : changed) {
            if (shown.contains(topic)) {
                return true;
            }
        }
        return false;
    }

    /** A resource notes what its answer shows when its route alone cannot say (a resolve). */
    public static void shown(Set<String> topics) {
        io.vertx.core.Context context = io.vertx.core.Vertx.currentContext();
        if (context != null) {
            context.putLocal(SHOWN, Set.copyOf(topics));
        }
    }

    /**
     * The topics of an answer to the route {@code template} with these path and query parameters,
     * or those its resource noted; {@link #EVERYTHING} for a route not named here.
     */
    static Set<String> ofAnswer(
            String template, Map<String, List<String>> path, Map<String, List<String>> query) {
        io.vertx.core.Context context = io.vertx.core.Vertx.currentContext();
        Set<String> noted = context == null ? null : context.getLocal(SHOWN);
        if (noted != null) {
            return noted;
        }
        return ofRoute(
                template, first(path, "id").orElse(null), first(path, "slug").orElse(null), query);
    }

    private static Set<String> ofRoute(
            String template, String id, String slug, Map<String, List<String>> query) {
        switch (template) {
            case "/api/v1/posts":
                return ofList(query);
            case "/api/v1/posts/{id}":
                return Set.of(post(id));
            case "/api/v1/posts/slug/{slug}":
                return Set.of(slug(slug));
            case "/api/v1/pages":
            case "/api/v1/pages/{id}":
            case "/api/v1/pages/slug/{slug}":
                return Set.of(PAGES);
            case "/api/v1/categories":
            case "/api/v1/categories/{slug}":
            case "/api/v1/tags":
            case "/api/v1/tags/{slug}":
            case "/api/v1/authors":
            case "/api/v1/authors/{slug}":
                return Set.of(LABELS);
            case "/api/v1/archive":
                return Set.of(ALL);
            default:
                return template.startsWith("/feed.") || template.startsWith("/sitemap")
                        ? Set.of(ALL)
                        : ofFeed(template, slug);
        }
    }

    private static Set<String> ofFeed(String template, String slug) {
        if (slug == null || !template.contains("/feed.")) {
            return EVERYTHING;
        }
        if (template.startsWith("/categories/")) {
            return Set.of(category(slug));
        }
        if (template.startsWith("/tags/")) {
            return Set.of(tag(slug));
        }
        if (template.startsWith("/authors/")) {
            return Set.of(author(slug));
        }
        return EVERYTHING;
    }

    /** A list of posts: what its filters name, every list when it has none. */
    public static Set<String> ofList(Map<String, List<String>> query) {
        Set<String> topics = new LinkedHashSet<>();
        first(query, "q").ifPresent(q -> topics.add(SEARCH));
        first(query, "category").ifPresent(slug -> topics.add(category(slug)));
        first(query, "tag").ifPresent(slug -> topics.add(tag(slug)));
        first(query, "author").ifPresent(slug -> topics.add(author(slug)));
        java.util.Optional<String> year = first(query, "year");
        if (year.isPresent()) {
            try {
                int y = Integer.parseInt(year.get());
                java.util.Optional<String> month = first(query, "month");
                topics.add(month.isPresent() ? month(y, Integer.parseInt(month.get())) : year(y));
            } catch (NumberFormatException e) {
                return EVERYTHING;
            }
        }
        if (topics.isEmpty()) {
            topics.add(ALL);
        }
        return Set.copyOf(topics);
    }

    private static java.util.Optional<String> first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() || values.get(0).isBlank()
                ? java.util.Optional.empty()
                : java.util.Optional.of(values.get(0).strip());
    }
}
