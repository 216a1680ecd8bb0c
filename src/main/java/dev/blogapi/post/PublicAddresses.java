package dev.blogapi.post;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Where public content lives on the site, for a sitemap: the addresses of public posts and pages in
 * publication order, and the labels that have public posts, each with when it last changed. The
 * visibility rule is the lists' own ({@link PostListQuery#PUBLIC}); every answer is found through
 * an index (post_public_order_idx, V23; the tallies and the filings' own indexes), never by
 * grouping every post.
 */
@ApplicationScoped
public class PublicAddresses {

    /** A public post's or page's absolute address, and when it last changed. */
    public record Address(String url, Instant lastModified) {}

    /** A category, tag or author with public posts, and when its newest one was published. */
    public record Label(String slug, Instant lastModified) {}

    private final EntityManager em;
    private final Permalinks permalinks;
    private final PostRepository posts;
    private final PublicTallies tallies;

    PublicAddresses(
            EntityManager em, Permalinks permalinks, PostRepository posts, PublicTallies tallies) {
        this.em = em;
        this.permalinks = permalinks;
        this.posts = posts;
        this.tallies = tallies;
    }

    /** How many posts (from the tallies) or pages are public at {@code now}. */
    public long count(Post.Kind kind, Instant now) {
        return posts.count(
                kind == Post.Kind.post
                        ? PostFilter.posts(
                                PostFilter.Visibility.PUBLISHED, null, null, null, null, null, null)
                        : PostFilter.pages(PostFilter.Visibility.PUBLISHED),
                now);
    }

    /**
     * The {@code offset}-th public post or page in publication order, oldest first: where a sitemap
     * file starts. Skips through the index alone (no row is read), once per file and content change
     * when the caller remembers it.
     */
    public Optional<PostRepository.ListPosition> start(Post.Kind kind, Instant now, long offset) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery(
                                "select p.published_at, p.id "
                                        + inPublicationOrder(kind, "")
                                        + " offset :offset limit 1")
                        .setParameter("now", now)
                        .setParameter("offset", offset)
                        .getResultList();
        return rows.stream()
                .findFirst()
                .map(
                        row ->
                                new PostRepository.ListPosition(
                                        PostRepository.instantOf(row[0]), (UUID) row[1]));
    }

    /** Up to {@code limit} public posts or pages in publication order from {@code start} on. */
    public List<Address> from(
            Post.Kind kind, Instant now, PostRepository.ListPosition start, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery(
                                "select p.slug, p.published_at, p.updated_at, p.legacy_path "
                                        + inPublicationOrder(
                                                kind,
                                                " and (p.published_at, p.id) >="
                                                        + " (:startAt, cast(:startId as uuid))")
                                        + " limit :limit")
                        .setParameter("now", now)
                        .setParameter("startAt", start.publishedAt())
                        .setParameter("startId", start.id())
                        .setParameter("limit", limit)
                        .getResultList();
        return rows.stream().map(row -> address(kind, row)).toList();
    }

    /** How many labels of one kind have public posts at {@code now}. */
    public long labelCount(Filing filing, Instant now) {
        return tallies.perKey(filing, null, now).values().stream().filter(n -> n > 0).count();
    }

    /**
     * The labels of one kind with public posts at {@code now}, by slug, {@code limit} after {@code
     * offset}: found from the tallies less the scheduled posts, each one's newest public post by
     * one probe of its filings' index.
     */
    public List<Label> labels(Filing filing, Instant now, long offset, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                em.createNativeQuery(
                                "select l.slug, (select f.published_at from "
                                        + filing.table
                                        + " f where f."
                                        + filing.column
                                        + " = l.id and f.published_at <= :now"
                                        + " order by f.published_at desc limit 1)"
                                        + " from post_tally t join "
                                        + filing.labels
                                        + " l on l.id = t.key left join ("
                                        + filing.scheduledPerLabel()
                                        + ") s on s.k = t.key where t.scope = :scope"
                                        + " and t.published > coalesce(s.n, 0)"
                                        + " order by l.slug limit :limit offset :offset")
                        .setParameter("now", now)
                        .setParameter("scope", filing.scope)
                        .setParameter("limit", limit)
                        .setParameter("offset", offset)
                        .getResultList();
        return rows.stream()
                .map(row -> new Label((String) row[0], PostRepository.instantOf(row[1])))
                .toList();
    }

    /**
     * Public items of one kind that meet {@code condition} too, oldest first; a literal kind, as
     * the lists', for the plans.
     */
    private static String inPublicationOrder(Post.Kind kind, String condition) {
        return "from post p where p.kind = '"
                + kind.name()
                + "' and "
                + PostListQuery.PUBLIC
                + condition
                + " order by p.published_at, p.id";
    }

    private Address address(Post.Kind kind, Object[] row) {
        String legacy = (String) row[3];
        String path =
                legacy != null
                        ? SitePaths.encoded(legacy)
                        : permalinks.pathOf(
                                kind, (String) row[0], PostRepository.instantOf(row[1]));
        return new Address(permalinks.urlOf(path), PostRepository.instantOf(row[2]));
    }
}
