package dev.blogapi.common.db;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.Collection;
import java.util.List;

/**
 * PostgreSQL advisory locks held until the current transaction ends. Writers deriving the same slug
 * or creating the same name queue on the lock instead of colliding on a unique index, so the second
 * one sees the first one's row and picks the next free value.
 */
@ApplicationScoped
class AdvisoryLocks {

    private final EntityManager em;

    AdvisoryLocks(EntityManager em) {
        this.em = em;
    }

    /** Waits for, then holds until commit or rollback, the lock named by {@code scope:key}. */
    public void lockForTransaction(String scope, String key) {
        em.createNativeQuery(
                        "select count(*) from (select pg_advisory_xact_lock(hashtextextended(?1, 0))) l")
                .setParameter(1, scope + ":" + key)
                .getSingleResult();
    }

    /**
     * {@link #lockForTransaction} for several keys in one statement, taken in sorted order so that
     * two writers locking overlapping sets never wait on each other in a cycle.
     */
    public void lockAllForTransaction(String scope, Collection<String> keys) {
        List<String> sorted = keys.stream().map(key -> scope + ":" + key).sorted().toList();
        if (sorted.isEmpty()) {
            return;
        }
        StringBuilder rows = new StringBuilder();
        for (int i = 1; i <= sorted.size(); i++) {
            rows.append(i == 1 ? "" : ", ").append("(?").append(i).append(')');
        }
        Query lock =
                em.createNativeQuery(
                        "select count(*) from (select pg_advisory_xact_lock(hashtextextended(k, 0))"
                                + " from (values "
                                + rows
                                + ") v (k)) l");
        for (int i = 1; i <= sorted.size(); i++) {
            lock.setParameter(i, sorted.get(i - 1));
        }
        lock.getSingleResult();
    }
}
