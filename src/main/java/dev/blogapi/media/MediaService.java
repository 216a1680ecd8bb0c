package dev.blogapi.media;

import dev.blogapi.auth.Caller;
import dev.blogapi.common.config.BlogConfig;
import dev.blogapi.common.error.ConflictException;
import dev.blogapi.common.error.NotFoundException;
import dev.blogapi.common.error.PermissionDeniedException;
import dev.blogapi.common.http.Pagination;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The media library's API: uploads (kept through {@link MediaLibrary#keep}, the one way bytes enter
 * the library), lists, descriptions and deletions.
 */
@ApplicationScoped
class MediaService {

    /** An upload's outcome: the file, and whether this request added it. */
    record Uploaded(MediaResponse media, boolean created) {}

    /** What a client said about the file it sends. */
    record Upload(String declaredType, String filename, String alt, String caption) {}

    private final MediaRepository media;
    private final MediaStore store;
    private final MediaFiles files;
    private final MediaLibrary library;
    private final String baseUrl;

    MediaService(
            MediaRepository media,
            MediaStore store,
            MediaFiles files,
            MediaLibrary library,
            BlogConfig config) {
        this.media = media;
        this.store = store;
        this.files = files;
        this.library = library;
        this.baseUrl = config.baseUrl();
    }

    Uploaded upload(InputStream body, Upload upload, Caller caller) {
        try {
            MediaLibrary.Kept kept =
                    library.keep(
                            body,
                            upload.declaredType(),
                            upload.filename(),
                            row -> {
                                row.alt = upload.alt();
                                row.caption = upload.caption();
                                row.uploadedBy = caller.authorId();
                            });
            return new Uploaded(MediaResponse.of(kept.row(), baseUrl, null), kept.created());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    MediaPage list(int page, int size) {
        long total = media.count();
        List<MediaResponse> items =
                media.newestFirst(page, size).stream()
                        .map(m -> MediaResponse.of(m, baseUrl, null))
                        .toList();
        return new MediaPage(items, page, size, total, Pagination.totalPages(total, size));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    MediaResponse get(UUID id) {
        Media found = find(id);
        return MediaResponse.of(found, baseUrl, media.usesOf(found));
    }

    @Transactional
    MediaResponse edit(UUID id, MediaPatch patch, Caller caller) {
        Media found = owned(id, caller);
        if (patch.alt() != null) {
            found.alt = patch.alt().isBlank() ? null : patch.alt();
        }
        if (patch.caption() != null) {
            found.caption = patch.caption().isBlank() ? null : patch.caption();
        }
        return MediaResponse.of(found, baseUrl, media.usesOf(found));
    }

    /**
     * Removes the row, then the file (a crash between leaves a file the sweep removes). A file a
     * post or page still shows is kept unless {@code force}.
     */
    void delete(UUID id, boolean force, Caller caller) {
        String sha256 =
                QuarkusTransaction.requiringNew()
                        .call(
                                () -> {
                                    Media found = owned(id, caller);
                                    List<MediaResponse.Use> uses = media.usesOf(found);
                                    if (!uses.isEmpty() && !force) {
                                        throw new ConflictException(
                                                "The file is still used by "
                                                        + uses.stream()
                                                                .map(
                                                                        u ->
                                                                                u.kind() + " '"
                                                                                        + u.slug()
                                                                                        + "'")
                                                                .collect(Collectors.joining(", "))
                                                        + "; change those first, or delete with"
                                                        + " ?force=true");
                                    }
                                    media.delete(found);
                                    return found.sha256;
                                });
        files.forget(sha256);
        try {
            store.delete(sha256);
        } catch (IOException e) {
            // The row is gone, so nothing serves the file; the sweep removes it later.
            io.quarkus.logging.Log.warnf("Could not delete the stored file %s: %s", sha256, e);
        }
    }

    private Media find(UUID id) {
        return media.findByIdOptional(id)
                .orElseThrow(() -> new NotFoundException("No media with id " + id));
    }

    private Media owned(UUID id, Caller caller) {
        Media found = find(id);
        if (!caller.isAdmin()
                && (caller.authorId() == null || !caller.authorId().equals(found.uploadedBy))) {
            throw new PermissionDeniedException(
                    "Only an admin or the author who uploaded a file may change or delete it");
        }
        return found;
    }
}
