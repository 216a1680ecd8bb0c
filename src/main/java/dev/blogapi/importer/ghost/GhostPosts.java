package dev.blogapi.importer.ghost;

import com.fasterxml.jackson.databind.JsonNode;
import dev.blogapi.common.content.ContentRenderer;
import dev.blogapi.common.content.Named;
import dev.blogapi.common.content.Slugs;
import dev.blogapi.importer.ImportReport;
import dev.blogapi.importer.ImportedPost;
import dev.blogapi.importer.ItemFailure;
import dev.blogapi.importer.WarningKind;
import dev.blogapi.post.FeaturedImage;
import dev.blogapi.post.Post;
import dev.blogapi.post.PostInput;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;

/**
 * Maps one row of a Ghost export's {@code posts} table: drafts and scheduled posts as they were,
 * each at its old address {@code /{slug}/} (kept as its permalink). The guid is Ghost's post id,
 * which is what Ghost's own RSS feed gave readers.
 */
final class GhostPosts {

    private static final String GHOST_URL = "__GHOST_URL__";

    /** How much of a post's text Ghost shows as its excerpt when none was written. */
    private static final int GHOST_EXCERPT = 500;

    private final ContentRenderer renderer;
    private final String baseUrl;

    GhostPosts(ContentRenderer renderer, String baseUrl) {
        this.renderer = renderer;
        this.baseUrl = baseUrl; // normalised by BlogConfig: no trailing slash
    }

    /**
     * Maps one row of {@code posts}; {@code meta} is its row of {@code posts_meta} (Ghost 4 and
     * later keep the image's alt and caption and the search-engine fields there), else missing.
     */
    ImportedPost map(JsonNode post, JsonNode meta, List<Named> tags, List<Named> authors)
            throws ItemFailure {
        String guid = required(post, "id", "no id");
        Named author = authors.get(0);
        List<Named> coAuthors = authors.subList(1, authors.size());
        String title = required(post, "title", "no title");
        Post.Kind kind =
                "page".equals(text(post, "type")) || post.path("page").asBoolean(false)
                        ? Post.Kind.page
                        : Post.Kind.post;
        Post.Status status = statusOf(post);
        List<ImportReport.Warning> warnings = new ArrayList<>();
        ContentRenderer.Sanitized body = bodyOf(post);
        if (!body.removed().isEmpty()) {
            warnings.add(ImportReport.Warning.removedMarkup(guid, body.removed()));
        }
        String slug = text(post, "slug");
        String oldPath = slug == null ? null : "/" + slug + "/";
        return new ImportedPost(
                guid,
                title,
                body.html(),
                excerptOf(post, body.html()),
                status == Post.Status.published || post.hasNonNull("published_at")
                        ? dateOf(post, guid, warnings)
                        : null,
                author,
                List.of(),
                slug == null ? Slugs.from(title, kind.name()) : slug,
                oldPath == null ? List.of() : List.of(oldPath),
                oldPath,
                warnings,
                kind,
                status,
                tags,
                gatingOf(post),
                presentationOf(post, meta),
                coAuthors);
    }

    /**
     * The excerpt Ghost shows: the custom one, else (for a public post) the first 500 characters of
     * its text, cut at a word, as Ghost derives it. A gated post's is left to the store, which
     * derives it from the free part only, so the excerpt never gives away what is gated.
     */
    private static String excerptOf(JsonNode post, String html) {
        String custom = text(post, "custom_excerpt");
        if (custom != null || gatingOf(post) != PostInput.Gating.PUBLIC) {
            return custom;
        }
        String plain = Jsoup.parse(html).text().replaceAll("\\s+", " ").strip();
        if (plain.length() <= GHOST_EXCERPT) {
            return plain.isEmpty() ? null : plain;
        }
        int cut = plain.lastIndexOf(' ', GHOST_EXCERPT);
        return plain.substring(0, cut > GHOST_EXCERPT / 2 ? cut : GHOST_EXCERPT).strip();
    }

    /**
     * The feature image, featured flag, canonical URL and meta fields, wherever Ghost kept them.
     */
    private PostInput.Presentation presentationOf(JsonNode post, JsonNode meta) {
        String image = text(post, "feature_image");
        return new PostInput.Presentation(
                image == null
                        ? null
                        : new FeaturedImage(
                                image.replace(GHOST_URL, baseUrl),
                                either(meta, post, "feature_image_alt"),
                                either(meta, post, "feature_image_caption")),
                post.path("featured").asBoolean(false),
                text(post, "canonical_url"),
                either(meta, post, "meta_title"),
                either(meta, post, "meta_description"));
    }

    private static String either(JsonNode meta, JsonNode post, String field) {
        String value = text(meta, field);
        return value != null ? value : text(post, field);
    }

    /** Published and scheduled posts are published here (a future date schedules them). */
    private static Post.Status statusOf(JsonNode post) {
        String status = text(post, "status");
        return "published".equals(status) || "scheduled".equals(status)
                ? Post.Status.published
                : Post.Status.draft;
    }

    /** The html column, else the plaintext one in paragraphs, sanitised once. */
    private ContentRenderer.Sanitized bodyOf(JsonNode post) {
        String html = text(post, "html");
        if (html == null) {
            String plain = text(post, "plaintext");
            html =
                    plain == null
                            ? ""
                            : "<p>" + Entities.escape(plain).replace("\n\n", "</p><p>") + "</p>";
        }
        return renderer.sanitizeReporting(html.replace(GHOST_URL, baseUrl), null);
    }

    /**
     * Ghost's visibility: public, members, paid, or tiers (paid for some tiers: paid here, as the
     * tiers are the front end's to check). Anything else unknown is gated as paid, never public.
     */
    private static PostInput.Gating gatingOf(JsonNode post) {
        String visibility = text(post, "visibility");
        if (visibility == null || visibility.equals("public")) {
            return PostInput.Gating.PUBLIC;
        }
        return PostInput.Gating.of(
                visibility.equals("members") ? Post.Visibility.MEMBERS : Post.Visibility.PAID);
    }

    /**
     * {@code published_at}, as epoch milliseconds or ISO 8601; without one, the store's date policy
     * applies (the import's time for a new post, its own for one imported before) and the report
     * says so, as for a feed's undated item.
     */
    private static Instant dateOf(JsonNode post, String guid, List<ImportReport.Warning> warnings)
            throws ItemFailure {
        JsonNode published = post.path("published_at");
        if (published.isNumber()) {
            return Instant.ofEpochMilli(published.asLong());
        }
        String text = published.asText("");
        if (text.isBlank() || text.equals("null")) {
            warnings.add(
                    ImportReport.Warning.of(
                            guid,
                            WarningKind.UNDATED,
                            "no published_at in the export: a new post is dated with the"
                                    + " import's time, one imported before keeps its date"));
            return null;
        }
        try {
            return Instant.parse(text.strip().replace(' ', 'T'));
        } catch (DateTimeParseException e) {
            throw new ItemFailure("published_at '" + text + "' is not an ISO 8601 date");
        }
    }

    private static String required(JsonNode node, String field, String failure) throws ItemFailure {
        String value = text(node, field);
        if (value == null) {
            throw new ItemFailure(failure);
        }
        return value;
    }

    /** A column's text, stripped; null when it is null, missing or blank. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isNull() || value.isMissingNode()) {
            return null;
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }
}
