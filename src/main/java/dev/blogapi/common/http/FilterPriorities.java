package dev.blogapi.common.http;

/**
 * The order of the HTTP-layer filters, in one place (a higher number runs first): the request
 * head's limits, cross-origin rules (before anything can answer, so every answer, a cached one or a
 * 304 too, carries them), known media files, the method, the token for writes, the body's size,
 * then the cached answers.
 */
public final class FilterPriorities {

    public static final int REQUEST_HEAD_LIMITS = 1_000;
    public static final int CROSS_ORIGIN = 500;

    /**
     * Media files already known, sent from the local disk (the media package): GET and HEAD only,
     * so before the method rules, which then need not look the path up for every file read.
     */
    public static final int MEDIA_FILES = 400;

    public static final int METHOD_RULES = 300;
    public static final int TOKEN_REQUIRED_FOR_WRITES = 200;
    public static final int BODY_SIZE_LIMIT = 100;
    public static final int CACHED_ANSWERS = 50;

    private FilterPriorities() {}
}
