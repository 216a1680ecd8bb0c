package dev.blogapi.author;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AuthorRepository implements PanacheRepositoryBase<Author, UUID> {

    public Optional<Author> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    /** The oldest author with this name (two people may share one). */
    public Optional<Author> findByName(String name) {
        return find("name = ?1 order by createdAt, slug", name).firstResultOptional();
    }

    /** Every author by name, case aside; slugs break ties. */
    public List<Author> listByName() {
        return list("order by lower(name), slug");
    }
}
