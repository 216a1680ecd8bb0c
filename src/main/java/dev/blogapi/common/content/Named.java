package dev.blogapi.common.content;

/**
 * An author, category or tag as a writer names it: the name shown, and the slug it must have when
 * it is known by one (an old blog's login or term slug, its identity there), else null to find it
 * by name and make its slug from the name.
 */
public record Named(String name, String slug) {

    /** Known by its name only (a feed's category, an API request's author). */
    public static Named of(String name) {
        return new Named(name, null);
    }

    /**
     * Known by its identity at the source, its slug made valid here (see {@link Slugs#ofLabel}).
     */
    public static Named withSlug(String name, String sourceSlug) {
        return new Named(name, Slugs.ofLabel(sourceSlug));
    }
}
