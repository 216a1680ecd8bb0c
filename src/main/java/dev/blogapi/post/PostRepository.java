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
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PostRepository implements PanacheRepositoryBase<Post, UUID> {

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

    public Optional<Post> findByAlias(String path) {
        return find("id = (select a.postId from PostAlias a where a.path = ?1)", path)
                .firstResultOptional();
    }

    /** The post one of these paths is kept for, in one query; the earliest path given wins. */
    Optional<Post> findByAnyAlias(List<String> paths) {
        List<PostAlias> kept =
                getEntityManager()
                        .createQuery(
                                "select a from PostAlias a where a.path in :paths", PostAlias.class)
                        .setParameter("paths", paths)
                        .getResultList();
        return kept.stream()
                .min(Comparator.comparingInt(alias -> paths.indexOf(alias.path)))
                .flatMap(alias -> findByIdOptional(alias.postId));
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

    /** How many items the list has (see {@link PostListQuery#count}). */
    public long count(PostFilter filter, Instant now) {
        return ((Number) query("", new PostListQuery(filter, now).count()).getSingleResult())
                .longValue();
    }

    /**
     * The page of {@code limit} ids after skipping {@code offset} matches, or, when {@code start}
     * is given (lists ordered by publication only), the page beginning at that post.
     */
    public IdPage page(PostFilter filter, Instant now, int offset, ListPosition start, int limit) {
        PostListQuery list = new PostListQuery(filter, now);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query("", list.page(offset, start, limit + 1)).getResultList();
        List<UUID> ids = rows.stream().limit(limit).map(row -> uuidOf(row[0])).toList();
        if (!list.positioned() || rows.isEmpty()) {
            return new IdPage(ids, null, null);
        }
        return new IdPage(
                ids,
                positionOf(rows.get(0)),
                rows.size() > limit ? positionOf(rows.get(limit)) : null);
    }

    /** The newest {@code limit} matching post ids, without counting the rest (feeds). */
    public List<UUID> newestIds(PostFilter filter, Instant now, int limit) {
        return idsOf(query("", new PostListQuery(filter, now).newest(limit)));
    }

    /**
     * PostgreSQL's plans (EXPLAIN, text) for a list's {@link #count} and {@link #page}: the count,
     * then the page. For tests that hold each list to an index.
     */
    List<String> plansOfSearch(
            PostFilter filter, Instant now, int offset, ListPosition start, int limit) {
        PostListQuery list = new PostListQuery(filter, now);
        List<String> plans = new ArrayList<>();
        for (PostListQuery.Sql sql : List.of(list.count(), list.page(offset, start, limit))) {
            @SuppressWarnings("unchecked")
            List<Object> lines = query("explain ", sql).getResultList();
            plans.add(String.join("\n", lines.stream().map(String::valueOf).toList()));
        }
        return plans;
    }

    private static ListPosition positionOf(Object[] row) {
        return new ListPosition(instantOf(row[1]), uuidOf(row[0]));
    }

    private Query query(String prefix, PostListQuery.Sql sql) {
        Query query = getEntityManager().createNativeQuery(prefix + sql.text());
        sql.params().forEach(query::setParameter);
        return query;
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
    static Instant instantOf(Object value) {
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

    /** The publication time of the first post still scheduled at {@code now}. */
    Optional<Instant> nextPublicationAfter(Instant now) {
        Object next =
                getEntityManager()
                        .createNativeQuery(
                                "select min(p.published_at) from post p where "
                                        + PostListQuery.SCHEDULED
                                        + " and p.published_at is not null")
                        .setParameter("now", now)
                        .getSingleResult();
        return Optional.ofNullable(instantOf(next));
    }
}
