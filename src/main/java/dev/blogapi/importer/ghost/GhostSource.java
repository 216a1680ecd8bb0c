package dev.blogapi.importer.ghost;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.blogapi.common.content.Named;
import dev.blogapi.importer.ImportRun;
import dev.blogapi.importer.ImportSource;
import dev.blogapi.importer.ItemFailure;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One Ghost export's tables, read post by post into the pipeline: posts and pages with their tags
 * (internal {@code #tags} skipped) and first author. A post without a known author gets
 * BLOG_DEFAULT_AUTHOR.
 */
final class GhostSource implements ImportSource {

    private final JsonNode data;
    private final GhostPosts posts;
    private final String defaultAuthor;

    GhostSource(JsonNode data, GhostPosts posts, String defaultAuthor) {
        this.data = data;
        this.posts = posts;
        this.defaultAuthor = defaultAuthor;
    }

    @Override
    public String name() {
        return "ghost";
    }

    /** Ghost's database hash (a setting every export carries), else the site's title. */
    @Override
    public String origin() {
        String title = null;
        for (JsonNode setting : data.path("settings")) {
            String key = GhostPosts.text(setting, "key");
            String value = GhostPosts.text(setting, "value");
            if ("db_hash".equals(key) && value != null) {
                return "ghost:" + value;
            }
            if ("title".equals(key)) {
                title = value;
            }
        }
        return title == null ? null : "ghost:" + title;
    }

    @Override
    public void readInto(ImportRun run) {
        Map<String, Named> users = labelsById(data.path("users"));
        Map<String, Named> tags = labelsById(data.path("tags"));
        declareTags(tags.values(), run);
        Map<String, List<String>> tagsByPost = linked(data.path("posts_tags"), "tag_id");
        Map<String, List<String>> authorsByPost = linked(data.path("posts_authors"), "author_id");
        Map<String, JsonNode> metaByPost = new HashMap<>();
        for (JsonNode meta : data.path("posts_meta")) {
            String post = GhostPosts.text(meta, "post_id");
            if (post != null) {
                metaByPost.put(post, meta);
            }
        }
        for (JsonNode post : data.path("posts")) {
            String id = post.path("id").asText("");
            try {
                run.accept(
                        posts.map(
                                post,
                                metaByPost.getOrDefault(id, MissingNode.getInstance()),
                                tagsOf(tagsByPost.get(id), tags, run),
                                authorsOf(post, authorsByPost.get(id), users)));
            } catch (ItemFailure e) {
                run.fail(id.isEmpty() ? null : id, e.getMessage());
            }
        }
    }

    /** Every public tag of the export, with posts or without, so none is dropped unsaid. */
    private static void declareTags(Iterable<Named> tags, ImportRun run) {
        for (Named tag : tags) {
            if (!isInternal(tag)) {
                run.declareTag(tag);
            }
        }
    }

    /**
     * The post's tags in Ghost's order, each known by its Ghost slug; internal tags ({@code #name})
     * are counted, not kept.
     */
    private static List<Named> tagsOf(List<String> tagIds, Map<String, Named> tags, ImportRun run) {
        List<Named> kept = new ArrayList<>();
        for (String tagId : tagIds == null ? List.<String>of() : tagIds) {
            Named tag = tags.get(tagId);
            if (tag == null) {
                continue;
            }
            if (isInternal(tag)) {
                run.skip(
                        "internal-tag",
                        "Ghost's internal tags (#name) organise a theme, not readers' topics");
            } else {
                kept.add(tag);
            }
        }
        return kept;
    }

    private static boolean isInternal(Named tag) {
        return tag.name().startsWith("#");
    }

    /**
     * The post's authors in Ghost's order ({@code posts_authors}, else the old {@code author_id}):
     * the first is its author, the others co-wrote it; BLOG_DEFAULT_AUTHOR when none is known.
     */
    private List<Named> authorsOf(JsonNode post, List<String> authorIds, Map<String, Named> users) {
        List<String> ids = authorIds == null ? new ArrayList<>() : new ArrayList<>(authorIds);
        if (ids.isEmpty() && GhostPosts.text(post, "author_id") != null) {
            ids.add(GhostPosts.text(post, "author_id"));
        }
        List<Named> known = ids.stream().map(users::get).filter(Objects::nonNull).toList();
        return known.isEmpty() ? List.of(Named.of(defaultAuthor)) : known;
    }

    /** A table's rows by id, each known by its Ghost slug (kept as it is) and shown by its name. */
    private static Map<String, Named> labelsById(JsonNode rows) {
        Map<String, Named> labels = new LinkedHashMap<>();
        for (JsonNode row : rows) {
            String id = GhostPosts.text(row, "id");
            String name = GhostPosts.text(row, "name");
            if (id != null && name != null) {
                labels.put(id, Named.withSlug(name, GhostPosts.text(row, "slug")));
            }
        }
        return labels;
    }

    /** Per post, the linked ids of a join table, in its sort_order. */
    private static Map<String, List<String>> linked(JsonNode rows, String column) {
        Map<String, List<JsonNode>> byPost = new HashMap<>();
        for (JsonNode row : rows) {
            String post = GhostPosts.text(row, "post_id");
            if (post != null && GhostPosts.text(row, column) != null) {
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
                                        .map(row -> GhostPosts.text(row, column))
                                        .toList()));
        return linked;
    }
}
