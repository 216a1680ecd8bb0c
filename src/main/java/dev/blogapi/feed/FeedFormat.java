package dev.blogapi.feed;

/** The three feed formats and the media type each is served with. */
enum FeedFormat {
    RSS("rss", "application/rss+xml; charset=UTF-8"),
    ATOM("atom", "application/atom+xml; charset=UTF-8"),
    JSON("json", "application/feed+json; charset=UTF-8");

    private final String extension;
    private final String mediaType;

    FeedFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }
}
