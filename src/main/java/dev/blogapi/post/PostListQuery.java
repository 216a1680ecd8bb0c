package dev.blogapi.post;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The SQL of one list of posts or pages (a {@link PostFilter} at a moment): how it is counted, one
 * page of it, its newest items. Built without a database, so its SQL is tested on its own
 * (PostListQueryTest) and its plans against PostgreSQL (ListQueryPlansTest).
 */
final class PostListQuery {

    /**
     * The visibility rule for queries over {@code post p}: published, with a publication time that
     * has passed at {@code :now}. {@link Post#isPublicAt} is the same rule for a loaded post; both
     * are pinned by the same cases in PostVisibilityRuleTest. Every public query uses this.
     */
    static final String PUBLIC = "(p.status = 'published' and p.published_at <= :now)";

    /**
     * Published but not yet public: waiting for its time. The complement of {@link #PUBLIC} among
     * published posts (which always have a publication time, post_published_at_check), written so
     * that post_published_idx can find the few of them.
     */
    static final String SCHEDULED = "(p.status = 'published' and p.published_at > :now)";

    /** A statement and its parameters. */
    record Sql(String text, Map<String, Object> params) {}

    private final PostFilter filter;
    private final Instant now;
    private final Filing walked;
    private final Map<String, Object> params = new HashMap<>();
    private final String where;

    PostListQuery(PostFilter filter, Instant now) {
        this.filter = filter;
        this.now = now;
        this.walked = walked(filter);
        this.where = where();
    }

    /**
     * Whether pages of the list start at a remembered position (lists of posts by publication):
     * such a page is found through an index without walking the items before it.
     */
    boolean positioned() {
        return filter.kind().listedByPublication()
                && (filter.visibility() == PostFilter.Visibility.PUBLISHED
                        || filter.visibility() == PostFilter.Visibility.SCHEDULED);
    }

    /**
     * How many items match. A public list of posts filtered by at most a category, a tag or an
     * author is counted from the tallies the writes keep (V11, V17) less the posts still scheduled,
     * not row by row.
     */
    Sql count() {
        if (!tallied()) {
            return new Sql("select count(*) " + where, params);
        }
        PostListQuery scheduled =
                new PostListQuery(
                        PostFilter.posts(
                                PostFilter.Visibility.SCHEDULED,
                                filter.category(),
                                filter.tag(),
                                filter.author(),
                                null,
                                null,
                                null),
                        now);
        return new Sql(
                "select coalesce(" + tally() + ", 0) - (select count(*) " + scheduled.where + ")",
                scheduled.params);
    }

    /**
     * One page of the matching ids, with the order's key when {@link #positioned}: {@code limit}
     * after skipping {@code offset}, or, given {@code start}, beginning at that item.
     */
    Sql page(int offset, PostRepository.ListPosition start, int limit) {
        Map<String, Object> paged = new HashMap<>(params);
        paged.put("limit", limit);
        String from = "";
        if (start != null) {
            from = " and (" + orderKey() + ") <= (:startAt, cast(:startId as uuid))";
            paged.put("startAt", start.publishedAt());
            paged.put("startId", start.id());
        } else {
            paged.put("offset", offset);
        }
        return new Sql(
                "select p.id, "
                        + (positioned() ? "p.published_at" : "null")
                        + " "
                        + where
                        + from
                        + " order by "
                        + order()
                        + " limit :limit"
                        + (start == null ? " offset :offset" : ""),
                paged);
    }

    /** The first {@code limit} matching ids in the list's order, without counting the rest. */
    Sql newest(int limit) {
        Map<String, Object> limited = new HashMap<>(params);
        limited.put("limit", limit);
        return new Sql("select p.id " + where + " order by " + order() + " limit :limit", limited);
    }

    private boolean tallied() {
        return filter.kind().listedByPublication()
                && filter.visibility() == PostFilter.Visibility.PUBLISHED
                && !filter.categoryTree()
                && filter.query() == null
                && filter.from() == null
                && Stream.of(filter.category(), filter.tag(), filter.author())
                                .filter(Objects::nonNull)
                                .count()
                        <= 1;
    }

    private String tally() {
        Filing filed =
                filter.category() != null
                        ? Filing.CATEGORY
                        : filter.tag() != null
                                ? Filing.TAG
                                : filter.author() != null ? Filing.AUTHOR : null;
        return filed != null
                ? filed.tally()
                : "(select t.published from post_tally t where t.scope = 'a')";
    }

    /**
     * The posts filed under the category {@code :category} or any category below it: a category
     * archive as WordPress shows it. Not walked (a post under two of them would come twice).
     */
    private static final String CATEGORY_TREE =
            "p.id in (select f.post_id from post_category f where f.category_id in ("
                    + "with recursive tree(id) as (select c.id from category c where c.slug = :category"
                    + " union select c.id from category c join tree t on c.parent_id = t.id)"
                    + " select id from tree))";

    /** The filings a public list walks: its category's, else its tag's; null for other lists. */
    private static Filing walked(PostFilter filter) {
        if (filter.visibility() != PostFilter.Visibility.PUBLISHED) {
            return null;
        }
        if (filter.category() != null && !filter.categoryTree()) {
            return Filing.CATEGORY;
        }
        return filter.tag() != null ? Filing.TAG : filter.author() != null ? Filing.AUTHOR : null;
    }

    /** The list's {@code from} and {@code where} clauses; the post is {@code p}. */
    private String where() {
        List<String> conditions = new ArrayList<>();
        // A literal, not a parameter: the partial indexes and plans are per kind.
        conditions.add("p.kind = '" + filter.kind().name() + "'");
        conditions.add(visibility());
        if (filter.author() != null) {
            conditions.add(
                    walked == Filing.AUTHOR ? Filing.AUTHOR.walked() : Filing.AUTHOR.filter());
            params.put("author", filter.author());
        }
        if (filter.category() != null) {
            conditions.add(
                    filter.categoryTree()
                            ? CATEGORY_TREE
                            : walked == Filing.CATEGORY
                                    ? Filing.CATEGORY.walked()
                                    : Filing.CATEGORY.filter());
            params.put("category", filter.category());
        }
        if (filter.tag() != null) {
            conditions.add(walked == Filing.TAG ? Filing.TAG.walked() : Filing.TAG.filter());
            params.put("tag", filter.tag());
        }
        if (filter.query() != null) {
            conditions.add("p.search @@ websearch_to_tsquery('english', :query)");
            params.put("query", filter.query());
        }
        if (filter.from() != null) {
            conditions.add("p.published_at >= :from and p.published_at < :to");
            params.put("from", filter.from());
            params.put("to", filter.to());
        }
        return (walked != null
                        ? "from " + walked.table + " pc join post p on p.id = pc.post_id where "
                        : "from post p where ")
                + String.join(" and ", conditions);
    }

    /** The condition for items under the list's visibility at {@code now}. */
    private String visibility() {
        PostFilter.Visibility visibility = filter.visibility();
        if (visibility == PostFilter.Visibility.PUBLISHED
                || visibility == PostFilter.Visibility.SCHEDULED) {
            params.put("now", now);
        }
        return switch (visibility) {
            case PUBLISHED -> PUBLIC;
            case SCHEDULED -> SCHEDULED;
            case DRAFT -> "p.status = 'draft'";
            case ALL -> "true";
        };
    }

    /** The columns a list ordered by publication is sorted on, newest first. */
    private String orderKey() {
        return walked != null ? "pc.published_at, pc.post_id" : "p.published_at, p.id";
    }

    private String order() {
        if (!filter.kind().listedByPublication()) {
            return "lower(p.title), p.slug";
        }
        return switch (filter.visibility()) {
            case PUBLISHED, SCHEDULED -> orderKey().replace(",", " desc,") + " desc";
            case DRAFT -> "p.created_at desc, p.id desc";
            case ALL -> "coalesce(p.published_at, p.created_at) desc, p.id desc";
        };
    }
}
