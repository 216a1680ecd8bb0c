package dev.blogapi.post;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * How many posts are public, per category, tag, author or month: read from the tallies the writes
 * keep (V11, V17) less the posts still scheduled, or, for months, counted.
 */
@ApplicationScoped
class PublicTallies {

    private final EntityManager entities;

    PublicTallies(EntityManager entities) {
        this.entities = entities;
    }

    /** Public posts at {@code now} per category, tag or author; only {@code id}'s when given. */
    Map<UUID, Long> perKey(Filing filing, UUID id, Instant now) {
        Query query =
                entities.createNativeQuery(
                                "select t.key, t.published - coalesce(s.n, 0) from post_tally t"
                                        + " left join ("
                                        + filing.scheduledPerLabel()
                                        + ") s on s.k = t.key where t.scope = :scope"
                                        + (id == null ? "" : " and t.key = :id"))
                        .setParameter("now", now)
                        .setParameter("scope", filing.scope);
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

    /** Public posts per (year, month) of publication in UTC, newest first. */
    List<ArchiveMonth> perMonth(Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                entities.createNativeQuery(
                                """
                select extract(year from published_at at time zone 'UTC')::int as y,
                       extract(month from published_at at time zone 'UTC')::int as m,
                       count(*)
                from post p where p.kind = 'post' and"""
                                        + PostListQuery.PUBLIC
                                        + " group by 1, 2 order by 1 desc, 2 desc")
                        .setParameter("now", now)
                        .getResultList();
        return rows.stream()
                .map(
                        row ->
                                new ArchiveMonth(
                                        ((Number) row[0]).intValue(),
                                        ((Number) row[1]).intValue(),
                                        ((Number) row[2]).longValue()))
                .toList();
    }
}
