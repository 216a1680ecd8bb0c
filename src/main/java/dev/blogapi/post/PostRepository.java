package dev.blogapi.post;

import dev.blogapi.category.Category;
import dev.blogapi.tag.Tag;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

@ApplicationScoped
public class PostRepository implements PanacheRepositoryBase<Post, UUID> {

    /**
     * The visibility rule for queries over {@code post p}: published, with a publication time that
     * has passed at {@code :now}. {@link Post#isPublicAt} is the same rule for a loaded post; both
     * are pinned by the same cases in PostVisibilityRuleTest. Every public query uses this.
     */
    private static final String PUBLIC = "(p.status = 'published' and p.published_at <= :now)";

    /**
     * Published but not yet public: waiting for its time. The complement of {@link #PUBLIC} among
     * published posts (which always have a publication time, post_published_at_check), written so
     * that post_published_idx can find the few of them.
     */
    private static final String SCHEDULED = "(p.status = 'published' and p.published_at > :now)";

    /** What {@link #countPublicPer} counts public posts per. */
    enum Grouping {
        CATEGORY(
                "c",
                "select pc.category_id as k, count(*) as n from post p"
                        + " join post_category pc on pc.post_id = p.id"),
        AUTHOR("u", "select p.author_id as k, count(*) as n from post p"),
        TAG(
                "t",
                "select pt.tag_id as k, count(*) as n from post p"
                        + " join post_tag pt on pt.post_id = p.id");

        private final String scope;
        private final String scheduled;

        Grouping(String scope, String scheduled) {
            this.scope = scope;
            this.scheduled = scheduled;
        }
    }

    /**
     * A post's place in a list ordered by publication, newest first: a page that starts there is
     * found through post_published_idx without walking the posts before it.
     */
    public record ListPosition(Instant publishedAt, UUID id) {}

    /**
     * One page of matching post ids in the list's order; for lists ordered by publication, where
     * the page starts and where the next one would ({@code null} when there is none).
     */
    public record IdPage(List<UUID> ids, ListPosition first, ListPosition next) {}

    /** The post or page with this slug (they share slugs, as on the old blogs they come from). */
    public Optional<Post> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** Pages under {@code visibility} at {@code now}, by title: one page of their ids. */
    List<UUID> pageIds(PostFilter.Visibility visibility, Instant now, int offset, int limit) {
        Map<String, Object> params = new HashMap<>();
        Query query =
                getEntityManager()
                        .createNativeQuery(
                                "select p.id from post p where p.kind = 'page' and "
                                        + visibility(visibility, now, params)
                                        + " order by lower(p.title), p.slug offset :offset limit"
                                        + " :limit");
        params.forEach(query::setParameter);
        query.setParameter("offset", offset).setParameter("limit", limit);
        return idsOf(query);
    }

    long countPages(PostFilter.Visibility visibility, Instant now) {
        Map<String, Object> params = new HashMap<>();
        Query query =
                getEntityManager()
                        .createNativeQuery(
                                "select count(*) from post p where p.kind = 'page' and "
                                        + visibility(visibility, now, params));
        params.forEach(query::setParameter);
        return ((Number) query.getSingleResult()).longValue();
    }

    public Optional<Post> findByAlias(String path) {
        return find("id = (select a.postId from PostAlias a where a.path = ?1)", path)
                .firstResultOptional();
    }

    public Optional<Post> findByGuid(String guid) {
        return find("guid", guid).firstResultOptional();
    }

    List<Post> findByGuids(Collection<String> guids) {
        return guids.isEmpty() ? List.of() : list("guid in ?1", guids);
    }

    /**
     * Adds old paths for posts, in one statement; a path some post already answers to (or one an
     * earlier post of the same call takes) stays with that post.
     */
    void addAliasesIfFree(Map<UUID, List<String>> pathsByPost) {
        List<Object[]> rows = new ArrayList<>();
        pathsByPost.forEach(
                (id, paths) -> paths.forEach(path -> rows.add(new Object[] {path, id})));
        if (rows.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder("insert into post_alias (path, post_id) values ");
        for (int i = 0; i < rows.size(); i++) {
            sql.append(i == 0 ? "" : ", ")
                    .append("(?")
                    .append(2 * i + 1)
                    .append(", ?")
                    .append(2 * i + 2)
                    .append(')');
        }
        Query insert = getEntityManager().createNativeQuery(sql + " on conflict (path) do nothing");
        for (int i = 0; i < rows.size(); i++) {
            insert.setParameter(2 * i + 1, rows.get(i)[0]);
            insert.setParameter(2 * i + 2, rows.get(i)[1]);
        }
        insert.executeUpdate();
    }

    /** Every old path per post, for the export. */
    public Map<UUID, List<String>> aliasesByPost() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                getEntityManager()
                        .createNativeQuery("select post_id, path from post_alias order by path")
                        .getResultList();
        Map<UUID, List<String>> aliases = new HashMap<>();
        for (Object[] row : rows) {
            aliases.computeIfAbsent((UUID) row[0], id -> new ArrayList<>()).add((String) row[1]);
        }
        return aliases;
    }

    public boolean slugTaken(String slug) {
        return count("slug", slug) > 0;
    }

    public boolean guidTaken(String guid) {
        return count("guid", guid) > 0;
    }

    public List<Post> findInCategory(Category category) {
        return list("select p from Post p join p.categories c where c = ?1", category);
    }

    List<Post> findWithTag(Tag tag) {
        return list("select p from Post p join p.tags t where t = ?1", tag);
    }

    /**
     * How many posts match. A public list filtered by at most a category or an author is counted
     * from the tallies the writes keep (V11) less the posts still scheduled, not row by row.
     */
    public long count(PostFilter filter, Instant now) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, now, params);
        return ((Number) query("", countOf(filter, now, where, params)).getSingleResult())
                .longValue();
    }

    /**
     * The page of {@code limit} ids after skipping {@code offset} matches, or, when {@code start}
     * is given (lists ordered by publication only), the page beginning at that post.
     */
    public IdPage page(PostFilter filter, Instant now, int offset, ListPosition start, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, now, params);
        boolean positioned = byPublication(filter.visibility());
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                query("", pageOf(filter, where, params, offset, start, limit + 1)).getResultList();
        List<UUID> ids = rows.stream().limit(limit).map(row -> uuidOf(row[0])).toList();
        if (!positioned || rows.isEmpty()) {
            return new IdPage(ids, null, null);
        }
        return new IdPage(
                ids,
                positionOf(rows.get(0)),
                rows.size() > limit ? positionOf(rows.get(limit)) : null);
    }

    private static ListPosition positionOf(Object[] row) {
        Object at = row[1];
        Instant publishedAt =
                at instanceof Instant instant
                        ? instant
                        : at instanceof java.time.OffsetDateTime offset
                                ? offset.toInstant()
                                : ((java.sql.Timestamp) at).toInstant();
        return new ListPosition(publishedAt, uuidOf(row[0]));
    }

    private static boolean byPublication(PostFilter.Visibility visibility) {
        return visibility == PostFilter.Visibility.PUBLISHED
                || visibility == PostFilter.Visibility.SCHEDULED;
    }

    private record NativeSql(String text, Map<String, Object> params) {}

    private Query query(String prefix, NativeSql sql) {
        Query query = getEntityManager().createNativeQuery(prefix + sql.text());
        sql.params().forEach(query::setParameter);
        return query;
    }

    /** One page of the matching ids (with the order's key), in the list's order. */
    private static NativeSql pageOf(
            PostFilter filter,
            String where,
            Map<String, Object> params,
            int offset,
            ListPosition start,
            int limit) {
        Map<String, Object> paged = new HashMap<>(params);
        paged.put("limit", limit);
        String from = "";
        if (start != null) {
            from = " and (" + orderKey(filter) + ") <= (:startAt, cast(:startId as uuid))";
            paged.put("startAt", start.publishedAt());
            paged.put("startId", start.id());
        } else {
            paged.put("offset", offset);
        }
        return new NativeSql(
                "select p.id, "
                        + (byPublication(filter.visibility()) ? "p.published_at" : "null")
                        + " "
                        + where
                        + from
                        + " order by "
                        + order(filter)
                        + " limit :limit"
                        + (start == null ? " offset :offset" : ""),
                paged);
    }

    private static NativeSql countOf(
            PostFilter filter, Instant now, String where, Map<String, Object> params) {
        boolean tallied =
                filter.visibility() == PostFilter.Visibility.PUBLISHED
                        && filter.query() == null
                        && filter.from() == null
                        && Stream.of(filter.category(), filter.tag(), filter.author())
                                        .filter(Objects::nonNull)
                                        .count()
                                <= 1;
        if (!tallied) {
            return new NativeSql("select count(*) " + where, params);
        }
        Map<String, Object> scheduledParams = new HashMap<>();
        PostFilter scheduled =
                new PostFilter(
                        PostFilter.Visibility.SCHEDULED,
                        filter.category(),
                        filter.tag(),
                        filter.author(),
                        null,
                        null,
                        null);
        return new NativeSql(
                "select coalesce("
                        + tallyOf(filter)
                        + ", 0) - (select count(*) "
                        + where(scheduled, now, scheduledParams)
                        + ")",
                scheduledParams);
    }

    private static String tallyOf(PostFilter filter) {
        if (filter.category() != null) {
            return "(select t.published from post_tally t join category c on c.id = t.key"
                    + " where t.scope = 'c' and c.slug = :category)";
        }
        if (filter.tag() != null) {
            return "(select t.published from post_tally t join tag g on g.id = t.key"
                    + " where t.scope = 't' and g.slug = :tag)";
        }
        if (filter.author() != null) {
            return "(select t.published from post_tally t join author a on a.id = t.key"
                    + " where t.scope = 'u' and a.slug = :author)";
        }
        return "(select t.published from post_tally t where t.scope = 'a')";
    }

    /**
     * PostgreSQL's plans (EXPLAIN, text) for a list's {@link #count} and {@link #page}: the count,
     * then the page. For tests that hold each list to an index.
     */
    List<String> plansOfSearch(
            PostFilter filter, Instant now, int offset, ListPosition start, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = where(filter, now, params);
        List<String> plans = new ArrayList<>();
        for (NativeSql sql :
                List.of(
                        countOf(filter, now, where, params),
                        pageOf(filter, where, params, offset, start, limit))) {
            Query explain = query("explain ", sql);
            @SuppressWarnings("unchecked")
            List<Object> lines = explain.getResultList();
            plans.add(String.join("\n", lines.stream().map(String::valueOf).toList()));
        }
        return plans;
    }

    /** The newest {@code limit} matching post ids, without counting the rest (feeds). */
    public List<UUID> newestIds(PostFilter filter, Instant now, int limit) {
        Map<String, Object> params = new HashMap<>();
        Query page =
                getEntityManager()
                        .createNativeQuery(
                                "select p.id "
                                        + where(filter, now, params)
                                        + " order by "
                                        + order(filter)
                                        + " limit :limit");
        params.forEach(page::setParameter);
        page.setParameter("limit", limit);
        return idsOf(page);
    }

    // Untyped on purpose: Hibernate 6.6 keys the plans of typed native queries so that equal
    // ones pile up in one hash bin of its plan cache, and every lookup then walks them all.
    private static List<UUID> idsOf(Query query) {
        @SuppressWarnings("unchecked")
        List<Object> rows = query.getResultList();
        return rows.stream().map(PostRepository::uuidOf).toList();
    }

    private static UUID uuidOf(Object value) {
        return value instanceof UUID id ? id : UUID.fromString(String.valueOf(value));
    }

    /** When published content last changed anywhere (stamped by triggers, see V8). */
    public Instant lastContentChange() {
        Object changed =
                getEntityManager()
                        .createNativeQuery("select changed_at from content_change where id = 1")
                        .getSingleResult();
        return instantOf(changed);
    }

    // Native queries answer timestamptz as whichever type the driver and Hibernate pick.
    private static Instant instantOf(Object value) {
        return value instanceof OffsetDateTime odt
                ? odt.toInstant()
                : value instanceof Timestamp ts ? ts.toInstant() : (Instant) value;
    }

    /**
     * The posts with these ids, author and categories loaded in the same query, in the ids' order.
     */
    public List<Post> loadInOrder(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Post> posts =
                new ArrayList<>(
                        getEntityManager()
                                .createQuery(
                                        "select distinct p from Post p join fetch p.author left join fetch p.categories where p.id in :ids",
                                        Post.class)
                                .setParameter("ids", ids)
                                .getResultList());
        Map<UUID, Integer> position = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            position.put(ids.get(i), i);
        }
        posts.sort(Comparator.comparing(p -> position.get(p.id)));
        return posts;
    }

    /** Public posts per (year, month) of publication in UTC, newest first. */
    public List<Object[]> countPublicByMonth(Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                getEntityManager()
                        .createNativeQuery(
                                """
                select extract(year from published_at at time zone 'UTC')::int as y,
                       extract(month from published_at at time zone 'UTC')::int as m,
                       count(*)
                from post p where p.kind = 'post' and"""
                                        + PUBLIC
                                        + " group by 1, 2 order by 1 desc, 2 desc")
                        .setParameter("now", now)
                        .getResultList();
        return rows;
    }

    /** The publication time of the first post still scheduled at {@code now}. */
    Optional<Instant> nextPublicationAfter(Instant now) {
        Object next =
                getEntityManager()
                        .createNativeQuery(
                                "select min(p.published_at) from post p where "
                                        + SCHEDULED
                                        + " and p.published_at is not null")
                        .setParameter("now", now)
                        .getSingleResult();
        return Optional.ofNullable(instantOf(next));
    }

    /** Public posts at {@code now} per category or author; only {@code id}'s when given. */
    Map<UUID, Long> countPublicPer(Grouping grouping, UUID id, Instant now) {
        // The published tallies (V11) less the posts still scheduled, per key.
        Query query =
                getEntityManager()
                        .createNativeQuery(
                                "select t.key, t.published - coalesce(s.n, 0) from post_tally t"
                                        + " left join ("
                                        + grouping.scheduled
                                        + " where p.kind = 'post' and "
                                        + SCHEDULED
                                        + " group by 1) s on s.k = t.key where t.scope = :scope"
                                        + (id == null ? "" : " and t.key = :id"))
                        .setParameter("now", now)
                        .setParameter("scope", grouping.scope);
        if (id != null) {
            query.setParameter("id", id);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        Map<UUID, Long> counts = new HashMap<>();
        for (Object[] row : rows) {
            counts.put((UUID) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    /**
     * Where a post is filed under a label: its categories (post_category, V13) or its tags
     * (post_tag, V14). Each filing carries its post's publication time while the post is published,
     * so a public list of one label walks that label's filings newest first ({@code
     * *_published_idx}) instead of every post.
     */
    private enum Filings {
        CATEGORY(
                "post_category",
                "category_id",
                "(select c.id from category c where c.slug = :category)"),
        TAG("post_tag", "tag_id", "(select g.id from tag g where g.slug = :tag)");

        private final String table;
        private final String column;
        private final String label;

        Filings(String table, String column, String label) {
            this.table = table;
            this.column = column;
            this.label = label;
        }

        /** The filings walked as {@code pc}: the list's own, newest first. */
        String walked() {
            return "pc." + column + " = " + label + " and pc.published_at <= :now";
        }

        String filter() {
            return "p.id in (select f.post_id from "
                    + table
                    + " f where f."
                    + column
                    + " = "
                    + label
                    + ")";
        }
    }

    /** The filings a public list walks: its category's, else its tag's; null for other lists. */
    private static Filings walked(PostFilter filter) {
        if (filter.visibility() != PostFilter.Visibility.PUBLISHED) {
            return null;
        }
        return filter.category() != null
                ? Filings.CATEGORY
                : filter.tag() != null ? Filings.TAG : null;
    }

    /** The list's {@code from} and {@code where} clauses; the post is {@code p}. */
    private static String where(PostFilter filter, Instant now, Map<String, Object> params) {
        List<String> conditions = new ArrayList<>();
        conditions.add("p.kind = 'post'");
        conditions.add(visibility(filter.visibility(), now, params));
        if (filter.author() != null) {
            conditions.add("p.author_id = (select a.id from author a where a.slug = :author)");
            params.put("author", filter.author());
        }
        Filings walked = walked(filter);
        if (filter.category() != null) {
            conditions.add(
                    walked == Filings.CATEGORY
                            ? Filings.CATEGORY.walked()
                            : Filings.CATEGORY.filter());
            params.put("category", filter.category());
        }
        if (filter.tag() != null) {
            conditions.add(walked == Filings.TAG ? Filings.TAG.walked() : Filings.TAG.filter());
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

    /** The condition for posts (or pages) under {@code visibility} at {@code now}. */
    private static String visibility(
            PostFilter.Visibility visibility, Instant now, Map<String, Object> params) {
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
    private static String orderKey(PostFilter filter) {
        return walked(filter) != null ? "pc.published_at, pc.post_id" : "p.published_at, p.id";
    }

    private static String order(PostFilter filter) {
        return switch (filter.visibility()) {
            case PUBLISHED, SCHEDULED -> orderKey(filter).replace(",", " desc,") + " desc";
            case DRAFT -> "p.created_at desc, p.id desc";
            case ALL -> "coalesce(p.published_at, p.created_at) desc, p.id desc";
        };
    }
}
