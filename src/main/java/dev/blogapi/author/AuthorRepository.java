package dev.blogapi.author;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AuthorRepository implements PanacheRepositoryBase<Author, UUID> {

    public Optional<Author> findBySlug(String slug) {
        return find("slug", slug).firstResultOptional();
    }

    public Optional<Author> findByName(String name) {
        return find("name", name).firstResultOptional();
    }

    public boolean slugTaken(String slug) {
        return count("slug", slug) > 0;
    }

    /** Every author with how many posts of theirs are public at {@code now}, by name. */
    public List<AuthorResponse> listWithPublicCounts(Instant now, String slug) {
        return getEntityManager()
                .createQuery(
                        """
                select new dev.blogapi.author.AuthorResponse(a.slug, a.name,
                    (select count(p) from Post p where p.author = a
                        and p.status = dev.blogapi.post.Post.Status.published and p.publishedAt <= :now))
                from Author a where (:slug is null or a.slug = :slug) order by lower(a.name), a.slug
                """,
                        AuthorResponse.class)
                .setParameter("now", now)
                .setParameter("slug", slug)
                .getResultList();
    }
}
