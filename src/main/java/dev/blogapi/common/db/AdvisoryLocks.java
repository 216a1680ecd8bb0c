package dev.blogapi.common.db;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

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
}
