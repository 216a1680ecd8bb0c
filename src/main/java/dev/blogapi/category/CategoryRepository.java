package dev.blogapi.category;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
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

    /**
     * Categories with how many public posts each holds at {@code now}, by name; one when {@code
     * slug} is given.
     */
    public List<CategoryResponse> listWithPublicCounts(Instant now, String slug) {
        return getEntityManager()
                .createQuery(
                        """
                select new dev.blogapi.category.CategoryResponse(c.slug, c.name, c.description,
                    (select count(p) from Post p join p.categories pc where pc = c
                        and p.status = dev.blogapi.post.Post.Status.published and p.publishedAt <= :now))
                from Category c where (:slug is null or c.slug = :slug) order by lower(c.name), c.slug
                """,
                        CategoryResponse.class)
                .setParameter("now", now)
                .setParameter("slug", slug)
                .getResultList();
    }
}
