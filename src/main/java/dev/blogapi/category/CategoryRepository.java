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

    public Optional<Category> findByName(String name) {
        return find("name", name).firstResultOptional();
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
