package dev.blogapi.post;

import dev.blogapi.author.Author;
import dev.blogapi.category.Category;
import dev.blogapi.tag.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A post as any writer states it (the API, the feed importer, an export restore), its author and
 * categories already found; {@link PostStore} applies the rules that follow from it.
 *
 * @param id the id a restored post keeps; null lets a new post get a fresh one
 * @param guid null keeps the post's guid, or gives a new post {@code urn:uuid:<id>}
 * @param publishedAt a draft's is kept as given (an imported draft's date); null for a published
 *     post keeps its date, or is now
 * @param contentHtml safe HTML, already sanitised or rendered by the writer
 * @param tags null keeps the post's tags (none for a new post)
 * @param coAuthors who wrote it with {@code author}, in order; null keeps the post's own (none for
 *     a new post)
 * @param excerpt null derives one from {@code contentHtml}
 * @param legacyPath what {@link LegacyPath} says about the old blog's path
 * @param createdAt null means now for a new post and is kept for an existing one
 * @param updatedAt null means now whenever something changes
 * @param aliases old paths the post also answers to; one another post has stays with that post
 * @param kind post or page; null keeps it (a post when new)
 * @param gating who may read the body; null keeps it (public when new)
 * @param presentation what a front end shows around the body; null keeps it (none when new)
 */
public record PostInput(
        UUID id,
        String guid,
        String title,
        SlugChoice slug,
        Post.Status status,
        Instant publishedAt,
        Author author,
        List<Category> categories,
        List<Tag> tags,
        String contentHtml,
        String contentMarkdown,
        String excerpt,
        LegacyPath legacyPath,
        Instant createdAt,
        Instant updatedAt,
        List<String> aliases,
        Post.Kind kind,
        Gating gating,
        Presentation presentation,
        Parent parent,
        List<Author> coAuthors) {

    /**
     * The page a page sits under: {@code page} null for none; a null {@code Parent} keeps the
     * post's own (a feed does not say).
     */
    public record Parent(Post page) {

        public static final Parent NONE = new Parent(null);
    }

    /**
     * What a front end shows around a post's body: its featured image (null for none), whether it
     * is featured, its canonical URL and its title and description for search engines (null: none).
     */
    public record Presentation(
            FeaturedImage featuredImage,
            boolean featured,
            String canonicalUrl,
            String metaTitle,
            String metaDescription) {

        public static final Presentation NONE = new Presentation(null, false, null, null, null);
    }

    /**
     * Who may read a post's body. For {@link Post.Visibility#PASSWORD}: a new {@code password}, or
     * the {@code passwordHash} an export kept, or neither to keep the stored one.
     */
    public record Gating(Post.Visibility visibility, String password, String passwordHash) {

        public static final Gating PUBLIC = new Gating(Post.Visibility.PUBLIC, null, null);

        /** Public, members or paid: nothing more to say. */
        public static Gating of(Post.Visibility visibility) {
            return new Gating(visibility, null, null);
        }

        public static Gating password(String password) {
            return new Gating(Post.Visibility.PASSWORD, password, null);
        }
    }

    /** How the slug is chosen. */
    public record SlugChoice(Kind kind, String value) {

        public enum Kind {
            /** Exactly this slug; a conflict when another post has it. */
            EXACT,
            /** This slug, or the first free {@code value-N} when another post has it. */
            PREFERRED,
            /** The post's own slug; a new post gets {@code value}, or its first free suffix. */
            KEEP
        }

        public static SlugChoice exact(String slug) {
            return new SlugChoice(Kind.EXACT, slug);
        }

        public static SlugChoice preferred(String slug) {
            return new SlugChoice(Kind.PREFERRED, slug);
        }

        public static SlugChoice keepOrNew(String base) {
            return new SlugChoice(Kind.KEEP, base);
        }
    }

    /**
     * The old blog's path a post keeps as its permalink: given by an importer (null for none), or
     * kept from the stored post, in which case it goes once the slug or the date changes, because
     * it then no longer describes the post.
     */
    public record LegacyPath(boolean given, String path) {

        public static final LegacyPath KEEP = new LegacyPath(false, null);

        public static LegacyPath of(String path) {
            return new LegacyPath(true, path);
        }
    }
}
