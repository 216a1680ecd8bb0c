package dev.blogapi.importer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.blogapi.common.config.BlogConfig;
import dev.blogapi.common.content.ContentRenderer;
import dev.blogapi.common.content.FieldLimits;
import dev.blogapi.common.content.Slugs;
import dev.blogapi.common.error.ProblemException;
import dev.blogapi.common.error.ProblemType;
import dev.blogapi.post.Post;
import dev.blogapi.post.PostInput;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Entities;

/**
 * Imports a Ghost export ({@code {"db": [{"meta", "data"}]}}, Ghost 3 to 5): posts and pages with
 * their tags (internal {@code #tags} skipped) and first author, drafts and scheduled posts as they
 * were, each at its old address {@code /{slug}/} (kept as its permalink). A post without a known
 * author gets BLOG_DEFAULT_AUTHOR. The guid is Ghost's post id, which is what Ghost's own RSS feed
 * gave readers.
 */
@ApplicationScoped
class GhostImporter {

    private static final String GHOST_URL = "__GHOST_URL__";

    private final ContentRenderer renderer;
    private final ImportPipeline pipeline;
    private final String baseUrl;
    private final String defaultAuthor;

    GhostImporter(ContentRenderer renderer, ImportPipeline pipeline, BlogConfig config) {
        this.renderer = renderer;
        this.pipeline = pipeline;
        this.defaultAuthor = config.defaultAuthor();
        this.baseUrl = config.baseUrl(); // normalised by BlogConfig: no trailing slash
    }

    /** Whether {@code document} is a Ghost export rather than this service's own. */
    static boolean isGhostExport(JsonNode document) {
        return document != null && document.path("db").isArray();
    }

    ImportReport importExport(JsonNode document, boolean dryRun) {
        JsonNode data = document.path("db").path(0).path("data");
        if (!data.path("posts").isArray()) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED,
                    "This is not a Ghost export: db[0].data.posts is missing");
        }
        return pipeline.run(new Source(data), dryRun);
    }

    /** One Ghost export's tables, read post by post into the pipeline. */
    private final class Source implements ImportSource {

        private final JsonNode data;

        Source(JsonNode data) {
            this.data = data;
        }

        @Override
        public String name() {
            return "ghost";
        }

        @Override
        public void readInto(ImportRun run) {
            Map<String, String> userNames = namesById(data.path("users"));
            Map<String, String> tagNames = namesById(data.path("tags"));
            Map<String, List<String>> tagsByPost = linked(data.path("posts_tags"), "tag_id");
            Map<String, List<String>> authorsByPost =
                    linked(data.path("posts_authors"), "author_id");
            for (JsonNode post : data.path("posts")) {
                String id = post.path("id").asText("");
                try {
                    run.accept(
                            map(
                                    post,
                                    tagNamesOf(tagsByPost.get(id), tagNames, run),
                                    authorOf(post, authorsByPost.get(id), userNames, run)));
                } catch (ItemFailure e) {
                    run.fail(id.isEmpty() ? null : id, e.getMessage());
                }
            }
        }
    }

    private ImportedPost map(JsonNode post, List<String> tags, String author) throws ItemFailure {
        String guid = text(post, "id");
        if (guid == null) {
            throw new ItemFailure("no id");
        }
        String title = text(post, "title");
        if (title == null) {
            throw new ItemFailure("no title");
        }
        require(title.length() <= FieldLimits.TITLE, "title is longer than 300 characters");
        Post.Kind kind =
                "page".equals(text(post, "type")) || post.path("page").asBoolean(false)
                        ? Post.Kind.page
                        : Post.Kind.post;
        String status = text(post, "status");
        Post.Status stored =
                "published".equals(status) || "scheduled".equals(status)
                        ? Post.Status.published
                        : Post.Status.draft;
        Instant publishedAt = stored == Post.Status.published ? dateOf(post) : null;
        if (stored == Post.Status.published && publishedAt == null) {
            throw new ItemFailure("a " + status + " " + kind + " needs published_at");
        }
        String html = text(post, "html");
        if (html == null) {
            String plain = text(post, "plaintext");
            html =
                    plain == null
                            ? ""
                            : "<p>" + Entities.escape(plain).replace("\n\n", "</p><p>") + "</p>";
        }
        ContentRenderer.Sanitized body =
                renderer.sanitizeReporting(html.replace(GHOST_URL, baseUrl), null);
        require(
                body.html().length() <= FieldLimits.CONTENT,
                "body is longer than 500000 characters");
        List<ImportReport.Warning> warnings = new ArrayList<>();
        if (!body.removed().isEmpty()) {
            warnings.add(ImportReport.Warning.removedMarkup(guid, body.removed()));
        }
        String excerpt = text(post, "custom_excerpt");
        require(
                excerpt == null || excerpt.length() <= FieldLimits.EXCERPT,
                "custom_excerpt is longer than " + FieldLimits.EXCERPT + " characters");
        String slug = text(post, "slug");
        String wanted = slug == null ? Slugs.from(title, kind.name()) : slug;
        String oldPath = slug == null ? null : "/" + slug + "/";
        return new ImportedPost(
                guid,
                title,
                body.html(),
                excerpt,
                publishedAt,
                author,
                List.of(),
                wanted,
                oldPath == null ? List.of() : List.of(oldPath),
                oldPath,
                warnings,
                kind,
                stored,
                tags,
                gatingOf(post));
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

    private static Instant dateOf(JsonNode post) throws ItemFailure {
        JsonNode published = post.path("published_at");
        if (published.isNumber()) {
            return Instant.ofEpochMilli(published.asLong());
        }
        String text = published.asText("");
        if (text.isBlank() || text.equals("null")) {
            return null;
        }
        try {
            return Instant.parse(text.strip().replace(' ', 'T'));
        } catch (DateTimeParseException e) {
            throw new ItemFailure("published_at '" + text + "' is not an ISO 8601 date");
        }
    }

    /**
     * The post's tag names in Ghost's order; internal tags ({@code #name}) are counted, not kept.
     */
    private static List<String> tagNamesOf(
            List<String> tagIds, Map<String, String> tagNames, ImportRun run) {
        List<String> names = new ArrayList<>();
        for (String tagId : tagIds == null ? List.<String>of() : tagIds) {
            String name = tagNames.get(tagId);
            if (name == null) {
                continue;
            }
            if (name.startsWith("#")) {
                run.skip(
                        "internal-tag",
                        "Ghost's internal tags (#name) organise a theme, not readers' topics");
            } else {
                names.add(name);
            }
        }
        return names;
    }

    /** The first of the post's authors by Ghost's order; the others are counted, not kept. */
    private String authorOf(
            JsonNode post, List<String> authorIds, Map<String, String> userNames, ImportRun run) {
        List<String> ids = authorIds == null ? new ArrayList<>() : new ArrayList<>(authorIds);
        if (ids.isEmpty() && text(post, "author_id") != null) {
            ids.add(text(post, "author_id"));
        }
        for (int extra = 1; extra < ids.size(); extra++) {
            run.skip(
                    "extra-author",
                    "a post has one author here: the first of its Ghost authors is kept");
        }
        String name = ids.isEmpty() ? null : userNames.get(ids.get(0));
        return name == null ? defaultAuthor : name;
    }

    private static Map<String, String> namesById(JsonNode rows) {
        Map<String, String> names = new HashMap<>();
        for (JsonNode row : rows) {
            String id = text(row, "id");
            String name = text(row, "name");
            if (id != null && name != null) {
                names.put(id, name);
            }
        }
        return names;
    }

    /** Per post, the linked ids of a join table, in its sort_order. */
    private static Map<String, List<String>> linked(JsonNode rows, String column) {
        Map<String, List<JsonNode>> byPost = new HashMap<>();
        for (JsonNode row : rows) {
            String post = text(row, "post_id");
            if (post != null && text(row, column) != null) {
                byPost.computeIfAbsent(post, key -> new ArrayList<>()).add(row);
            }
        }
        Map<String, List<String>> linked = new HashMap<>();
        byPost.forEach(
                (post, links) ->
                        linked.put(
                                post,
                                links.stream()
                                        .sorted(
                                                Comparator.comparingInt(
                                                        row -> row.path("sort_order").asInt(0)))
                                        .map(row -> text(row, column))
                                        .toList()));
        return linked;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isNull() || value.isMissingNode()) {
            return null;
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }

    private static void require(boolean condition, String reason) throws ItemFailure {
        if (!condition) {
            throw new ItemFailure(reason);
        }
    }
}
