package dev.blogapi.category;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class CategoryRepository implements PanacheRepositoryBase<Category, UUID> {

    public Optional<Category> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** The oldest category with this name (names may repeat under different parents). */
    public Optional<Category> findByName(String name) {
        return find("name = ?1 order by createdAt, slug", name).firstResultOptional();
    }

    /** The category named {@code name} directly under {@code parentId} (null: the top level). */
    public Optional<Category> findSibling(String name, UUID parentId) {
        return parentId == null
                ? find("name = ?1 and parentId is null", name).firstResultOptional()
                : find("name = ?1 and parentId = ?2", name, parentId).firstResultOptional();
    }

    /** The ids of {@code id} and every category under it, at any depth. */
    @SuppressWarnings("unchecked")
    public List<UUID> withDescendants(UUID id) {
        return getEntityManager()
                .createNativeQuery(
                        "with recursive tree(id) as (select cast(:id as uuid)"
                                + " union select c.id from category c join tree t on c.parent_id = t.id)"
                                + " select id from tree")
                .setParameter("id", id)
                .getResultList();
    }

    public List<Category> findBySlugs(Collection<String> slugs) {
        return list("slug in ?1", slugs);
    }

    public boolean slugTaken(String slug) {
        return count("slug", slug) > 0;
    }

    /** Every category by name, case aside; slugs break ties. */
    public List<Category> listByName() {
        return list("order by lower(name), slug");
    }
}
