package dev.blogapi.common.content;

/**
 * The longest value each stored field takes, in characters. Request validation, the OpenAPI
 * document and the importers read them from here; FieldLimitsTest holds them to the database's
 * column sizes, which the migrations fix.
 */
public final class FieldLimits {

    public static final int TITLE = 300;
    public static final int POST_SLUG = 200;

    /** Slugs of authors and categories. */
    public static final int NAME_SLUG = 120;

    /** Names of authors, categories and tokens. */
    public static final int NAME = 200;

    public static final int GUID = 500;
    public static final int EXCERPT = 1000;
    public static final int CONTENT = 500_000;

    /** Site paths: kept old paths and aliases. */
    public static final int PATH = 2000;

    public static final int DESCRIPTION = 2000;
    public static final int CATEGORIES_PER_POST = 50;
    public static final int TAGS_PER_POST = 50;

    /** A post's authors, its own first: a byline, not a mailing list. */
    public static final int AUTHORS_PER_POST = 20;

    private FieldLimits() {}
}
