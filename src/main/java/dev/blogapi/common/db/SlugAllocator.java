package dev.blogapi.common.db;

import dev.blogapi.common.content.FieldLimits;
import dev.blogapi.common.content.Named;
import dev.blogapi.common.content.Slugs;
import dev.blogapi.common.error.InvalidRequestException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

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
        AUTHOR,
        TAG
    }

    private final EntityManager em;
    private final AdvisoryLocks locks;

    public SlugAllocator(EntityManager em, AdvisoryLocks locks) {
        this.em = em;
        this.locks = locks;
    }

    /** Locks {@code base} in {@code table} for this transaction; waits while another holds it. */
    public void lock(Table table, String base) {
        locks.lockForTransaction(lockScope(table), base);
    }

    /**
     * The row {@code named} means, else a new one {@code create} makes and stores with its slug.
     * Named with a slug (an old blog's identity for it), it is the row with that slug, created with
     * exactly it; named only, it is the oldest row with that name ({@code byName}), created with a
     * slug made from the name ({@code fallback} when nothing of it is left). Either way under the
     * slug's lock, so writers naming one new author, category or tag at once queue on it and the
     * later ones find the first's.
     */
    public <T> T findOrCreate(
            Table table,
            Named named,
            String field,
            Lookups<T> lookups,
            Function<String, T> create) {
        String name = named.name() == null ? "" : named.name().strip();
        if (name.isBlank() || name.length() > FieldLimits.NAME) {
            throw new InvalidRequestException(
                    field, "must be a name of 1 to " + FieldLimits.NAME + " characters");
        }
        if (named.slug() != null) {
            lock(table, named.slug());
            return lookups.bySlug().apply(named.slug()).orElseGet(() -> create.apply(named.slug()));
        }
        Optional<T> existing = lookups.byName().apply(name);
        if (existing.isPresent()) {
            return existing.get();
        }
        String fallback = table.name().toLowerCase(Locale.ROOT);
        String base = Slugs.from(name, fallback, FieldLimits.NAME_SLUG);
        lock(table, base);
        return lookups.byName()
                .apply(name)
                .orElseGet(() -> create.apply(allocate(table, base, null)));
    }

    /** How a slugged table's rows are found by name and by slug. */
    public record Lookups<T>(
            Function<String, Optional<T>> byName, Function<String, Optional<T>> bySlug) {}

    /**
     * The free slug closest to {@code base}; the row {@code owner} (null for a new one) does not
     * count as taking its own slug. Takes the lock on {@code base} first.
     */
    public String allocate(Table table, String base, UUID owner) {
        lock(table, base);
        Set<String> taken = new HashSet<>(near(table, base, owner));
        return Slugs.unique(base, taken::contains);
    }

    /**
     * {@link #allocate} for several new rows at once, in order, none given another's slug: one
     * statement locks every base, one query finds which bases are taken, and only a base that is
     * taken or wanted twice costs a query for its {@code -N} neighbours.
     */
    public List<String> allocateNew(Table table, List<String> bases) {
        if (bases.isEmpty()) {
            return List.of();
        }
        Set<String> distinct = new LinkedHashSet<>(bases);
        locks.lockAllForTransaction(lockScope(table), distinct);
        @SuppressWarnings("unchecked")
        List<String> takenBases =
                em.createNativeQuery(
                                "select slug from " + tableName(table) + " where slug in (:bases)")
                        .setParameter("bases", distinct)
                        .getResultList();
        Set<String> taken = new HashSet<>(takenBases);
        for (String base : distinct) {
            if (taken.contains(base) || Collections.frequency(bases, base) > 1) {
                taken.addAll(near(table, base, null));
            }
        }
        List<String> allocated = new ArrayList<>(bases.size());
        for (String base : bases) {
            String slug = Slugs.unique(base, taken::contains);
            taken.add(slug);
            allocated.add(slug);
        }
        return allocated;
    }

    private List<String> near(Table table, String base, UUID owner) {
        @SuppressWarnings("unchecked")
        List<String> near =
                em.createNativeQuery(
                                "select slug from "
                                        + tableName(table)
                                        + " where (slug = :base or slug like :prefix)"
                                        + " and id is distinct from cast(:owner as uuid)")
                        .setParameter("base", base)
                        .setParameter("prefix", base + "-%")
                        .setParameter("owner", owner)
                        .getResultList();
        return near;
    }

    private static String tableName(Table table) {
        return table.name().toLowerCase(Locale.ROOT);
    }

    private static String lockScope(Table table) {
        return tableName(table) + "-slug";
    }
}
