package dev.blogapi.importer;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/** Every stored post's and page's body and featured image address, drafts included. */
@ApplicationScoped
public class StoredBodies {

    private final EntityManager em;

    StoredBodies(EntityManager em) {
        this.em = em;
    }

    /** Each post's body, followed by its featured image as an attribute would name it. */
    @SuppressWarnings("unchecked")
    public List<String> all() {
        return QuarkusTransaction.requiringNew()
                .call(
                        () ->
                                em.createNativeQuery(
                                                "select content_html || coalesce(' src=\"'"
                                                        + " || featured_image_url || '\"', '')"
                                                        + " from post")
                                        .getResultList());
    }
}
