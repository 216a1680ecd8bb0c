package dev.blogapi.importer;

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
 */
record ImportedPost(
        String guid,
        String title,
        String contentHtml,
        String excerpt,
        Instant publishedAt,
        String author,
        List<String> categories,
        String slug,
        List<String> oldPaths,
        String legacyPath,
        List<ImportReport.Warning> warnings) {}
