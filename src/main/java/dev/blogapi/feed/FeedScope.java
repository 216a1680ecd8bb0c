package dev.blogapi.feed;

/** Which posts a feed holds: the whole site, one category, one tag or one author (by slug). */
record FeedScope(Kind kind, String slug) {

    enum Kind {
        SITE,
        CATEGORY,
        TAG,
        AUTHOR
    }

    static final FeedScope SITE = new FeedScope(Kind.SITE, null);

    /** Path of this feed below the base URL, without the extension. */
    String path() {
        return switch (kind) {
            case SITE -> "/feed";
            case CATEGORY -> "/categories/" + slug + "/feed";
            case TAG -> "/tags/" + slug + "/feed";
            case AUTHOR -> "/authors/" + slug + "/feed";
        };
    }
}
