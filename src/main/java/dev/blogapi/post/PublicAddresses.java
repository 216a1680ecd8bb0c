package dev.blogapi.post;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;

/**
 * Where public content lives on the site, for a sitemap: the addresses of public posts and pages in
 * publication order, and the labels that have public posts, each with when it last changed. The
 * visibility rule is the lists' own ({@link PostListQuery#PUBLIC}).
 */
@ApplicationScoped
public class PublicAddresses {

    /** A public post's or page's absolute address, and when it last changed. */
    public record Address(String url, Instant lastModified) {}

    /** A category, tag or author with public posts, and when the newest change among them was. */
    public record Label(String slug, Instant lastModified) {}

    /** The labels whose archives a sitemap lists, each with the table that files posts under it. */
    public enum LabelKind {
        CATEGORY("category", "post_category", "category_id"),
        TAG("tag", "post_tag", "tag_id"),
        AUTHOR("author", "post_author", "author_id");

        private final String table;
        private final String filings;
        private final String column;

        LabelKind(String table, String filings, String column) {
            this.table = table;
            this.filings = filings;
            this.column = column;
        }
    }

    private final EntityManager em;
    private final Permalinks permalinks;

    PublicAddresses(EntityManager em, Permalinks permalinks) {
        this.em = em;
        this.permalinks = permalinks;
    }

    /** How many posts or pages are public at {@code now}. */
    public long count(Post.Kind kind, Instant now) {
        return ((Number)
                        em.createNativeQuery(
                                        "select count(*) from post p where p.kind = :kind and "
                                                + PostListQuery.PUBLIC)
                                .setParameter("kind", kind.name())
                                .setParameter("now", now)
                                .getSingleResult())
                .longValue();
    }

    /** Public posts or pages at {@code now}, oldest first: {@code limit} after {@code offset}. */
    public List<Address> page(Post.Kind kind, Instant now, int offset, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery(
                                "select p.slug, p.published_at, p.updated_at, p.legacy_path"
                                        + " from post p where p.kind = :kind and "
                                        + PostListQuery.PUBLIC
                                        + " order by p.published_at, p.id limit :limit offset :offset")
                        .setParameter("kind", kind.name())
                        .setParameter("now", now)
                        .setParameter("limit", limit)
                        .setParameter("offset", offset)
                        .getResultList();
        return rows.stream()
                .map(
                        row -> {
                            String legacy = (String) row[3];
                            String path =
                                    legacy != null
                                            ? SitePaths.encoded(legacy)
                                            : permalinks.pathOf(
                                                    kind,
                                                    (String) row[0],
                                                    PostRepository.instantOf(row[1]));
                            return new Address(
                                    permalinks.urlOf(path), PostRepository.instantOf(row[2]));
                        })
                .toList();
    }

    /** The labels of one kind with public posts at {@code now}, by slug, at most {@code limit}. */
    public List<Label> labels(LabelKind kind, Instant now, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery(
                                "select l.slug, max(p.updated_at) from "
                                        + kind.table
                                        + " l join "
                                        + kind.filings
                                        + " f on f."
                                        + kind.column
                                        + " = l.id join post p on p.id = f.post_id"
                                        + " where p.kind = 'post' and "
                                        + PostListQuery.PUBLIC
                                        + " group by l.slug order by l.slug limit :limit")
                        .setParameter("now", now)
                        .setParameter("limit", limit)
                        .getResultList();
        return rows.stream()
                .map(row -> new Label((String) row[0], PostRepository.instantOf(row[1])))
                .toList();
    }
}
