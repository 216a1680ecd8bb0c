package dev.blogapi.media;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
class MediaRepository implements PanacheRepositoryBase<Media, UUID> {

    Optional<Media> findBySha256(String sha256) {
        return find("sha256", sha256).firstResultOptional();
    }

    List<Media> newestFirst(int page, int size) {
        return findAll(Sort.descending("createdAt", "id")).page(Page.of(page - 1, size)).list();
    }

    /** The posts and pages whose body or featured image names the file's address. */
    List<MediaResponse.Use> usesOf(Media media) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows =
                getEntityManager()
                        .createNativeQuery(
                                "select p.id, p.kind, p.slug, p.title, p.status from post p"
                                        + " where p.featured_image_url like :address"
                                        + " or p.content_html like :address"
                                        + " or p.free_html like :address"
                                        + " order by p.created_at")
                        .setParameter("address", "%/media/" + media.sha256 + "/%")
                        .getResultList();
        return rows.stream()
                .map(
                        row ->
                                new MediaResponse.Use(
                                        (UUID) row[0],
                                        (String) row[1],
                                        (String) row[2],
                                        (String) row[3],
                                        (String) row[4]))
                .toList();
    }

    /** The file an import brought in from {@code url}, if one did. */
    Optional<Media> broughtFrom(String url) {
        @SuppressWarnings("unchecked")
        List<UUID> ids =
                getEntityManager()
                        .createNativeQuery("select media_id from media_source where url = :url")
                        .setParameter("url", url)
                        .getResultList();
        return ids.isEmpty() ? Optional.empty() : findByIdOptional(ids.get(0));
    }

    /** Remembers that {@code url} was brought in as the file {@code mediaId}. */
    void remember(String url, UUID mediaId) {
        getEntityManager()
                .createNativeQuery(
                        "insert into media_source (url, media_id) values (:url, :media)"
                                + " on conflict (url) do update set media_id = excluded.media_id")
                .setParameter("url", url)
                .setParameter("media", mediaId)
                .executeUpdate();
    }

    /** Which of these files have a row. */
    Set<String> known(List<String> sha256s) {
        if (sha256s.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(
                getEntityManager()
                        .createQuery(
                                "select m.sha256 from Media m where m.sha256 in :names",
                                String.class)
                        .setParameter("names", sha256s)
                        .getResultList());
    }
}
