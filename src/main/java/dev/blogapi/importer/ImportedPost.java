package dev.blogapi.importer;

import dev.blogapi.common.content.Named;
import dev.blogapi.post.Post;
import dev.blogapi.post.PostInput;
import java.time.Instant;
import java.util.List;

/**
 * One old post, mapped and checked, ready to be written.
 *
 * @param excerpt explicit plain-text excerpt, or null to derive one from the body
 * @param publishedAt null when the source has no readable date
 * @param slug the slug it wants (taken slugs get -2, -3…)
 * @param oldPaths paths it was served at before, kept as aliases
 * @param legacyPath its old path relative to BLOG_BASE_URL, kept as its permalink; null if not
 *     under it
 * @param warnings what was imported differently from the source, for the import's report
 * @param kind post or page; null keeps it (a post when new)
 * @param status published (a future date makes it scheduled) or draft
 * @param author the author, by name and (where the source has one) by identity there
 * @param categories the categories in order, each by name and, where known, source slug
 * @param tags tags in order; null keeps the post's own (a feed does not tell tags apart)
 * @param coAuthors who wrote it with {@code author} (Ghost's co-authors), in order; null keeps the
 *     post's own
 * @param presentation featured image, featured, canonical URL and meta fields; null keeps the
 *     post's own (a feed does not say them)
 */
public record ImportedPost(
        String guid,
        String title,
        String contentHtml,
        String excerpt,
        Instant publishedAt,
        Named author,
        List<Named> categories,
        String slug,
        List<String> oldPaths,
        String legacyPath,
        List<ImportReport.Warning> warnings,
        Post.Kind kind,
        Post.Status status,
        List<Named> tags,
        PostInput.Gating gating,
        PostInput.Presentation presentation,
        List<Named> coAuthors) {

    /** A feed's item: published, a post when new, its tags and kind left as they are. */
    public static ImportedPost fromFeed(
            String guid,
            String title,
            String contentHtml,
            String excerpt,
            Instant publishedAt,
            Named author,
            List<Named> categories,
            String slug,
            List<String> oldPaths,
            String legacyPath,
            List<ImportReport.Warning> warnings) {
        return new ImportedPost(
                guid,
                title,
                contentHtml,
                excerpt,
                publishedAt,
                author,
                categories,
                slug,
                oldPaths,
                legacyPath,
                warnings,
                null,
                Post.Status.published,
                null,
                null,
                null,
                null);
    }

    /** This item without categories and tags, for a page. */
    public ImportedPost withoutLabels() {
        return new ImportedPost(
                guid,
                title,
                contentHtml,
                excerpt,
                publishedAt,
                author,
                List.of(),
                slug,
                oldPaths,
                legacyPath,
                warnings,
                kind,
                status,
                List.of(),
                gating,
                presentation,
                coAuthors);
    }

    /** This item with its files' references pointed elsewhere (an import bringing media). */
    public ImportedPost withMedia(String body, PostInput.Presentation shown) {
        return new ImportedPost(
                guid,
                title,
                body,
                excerpt,
                publishedAt,
                author,
                categories,
                slug,
                oldPaths,
                legacyPath,
                warnings,
                kind,
                status,
                tags,
                gating,
                shown,
                coAuthors);
    }

    /** The author's name (tests and reports read it). */
    public String authorName() {
        return author.name();
    }

    public List<String> categoryNames() {
        return categories.stream().map(Named::name).toList();
    }

    /** Tag names in order; null when the source does not tell tags apart. */
    public List<String> tagNames() {
        return tags == null ? null : tags.stream().map(Named::name).toList();
    }
}
