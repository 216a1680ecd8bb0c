package dev.blogapi.common.db;

import dev.blogapi.common.content.Slugs;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Picks a free slug in one of the slugged tables: {@code base}, else the first free {@code base-N}.
 * Writers wanting the same base queue on an advisory lock until the first one commits, so two never
 * pick the same slug; one query reads every slug the base could collide with.
 */
@ApplicationScoped
public class SlugAllocator {

    /** The tables whose rows have a unique slug; the names go into SQL, so they are fixed here. */
    public enum Table {
        POST,
        CATEGORY,
        AUTHOR
    }

    private final EntityManager em;
    private final AdvisoryLocks locks;

    public SlugAllocator(EntityManager em, AdvisoryLocks locks) {
        this.em = em;
        this.locks = locks;
    }

    /** Locks {@code base} in {@code table} for this transaction; waits while another holds it. */
    public void lock(Table table, String base) {
        locks.lockForTransaction(table.name().toLowerCase(Locale.ROOT) + "-slug", base);
    }

    /**
     * The free slug closest to {@code base}; the row {@code owner} (null for a new one) does not
     * count as taking its own slug. Takes the lock on {@code base} first.
     */
    public String allocate(Table table, String base, UUID owner) {
        lock(table, base);
        @SuppressWarnings("unchecked")
        List<String> near =
                em.createNativeQuery(
                                "select slug from "
                                        + table.name().toLowerCase(Locale.ROOT)
                                        + " where (slug = :base or slug like :prefix)"
                                        + " and id is distinct from cast(:owner as uuid)")
                        .setParameter("base", base)
                        .setParameter("prefix", base + "-%")
                        .setParameter("owner", owner)
                        .getResultList();
        Set<String> taken = new HashSet<>(near);
        return Slugs.unique(base, taken::contains);
    }
}
