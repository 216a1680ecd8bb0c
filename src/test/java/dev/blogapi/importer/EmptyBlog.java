package dev.blogapi.importer;

import dev.blogapi.common.http.PublicResponseCache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** Empties the blog's content, as a fresh service starts, for tests that import whole blogs. */
@ApplicationScoped
public class EmptyBlog {

    private final EntityManager em;
    private final PublicResponseCache cache;

    EmptyBlog(EntityManager em, PublicResponseCache cache) {
        this.em = em;
        this.cache = cache;
    }

    public void now() {
        QuarkusTransaction.requiringNew()
                .run(
                        () ->
                                em.createNativeQuery(
                                                "truncate post_alias, post_category, post_tag, post_author, post, tag,"
                                                        + " category, api_token, author,"
                                                        + " idempotency_record cascade")
                                        .executeUpdate());
        // A write straight to the database, like another instance's: this instance hears of it
        // through PostgreSQL's notification within moments; the next read must not wait for that.
        cache.invalidate();
    }
}
