package dev.blogapi.importer;

import dev.blogapi.common.config.BlogConfig;
import dev.blogapi.common.content.ContentRenderer;
import dev.blogapi.common.error.ProblemException;
import dev.blogapi.media.MediaFetcher;
import dev.blogapi.media.MediaLibrary;
import dev.blogapi.post.FeaturedImage;
import dev.blogapi.post.PostInput;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Brings a moved blog's files into the media library when an import asks (media=fetch or
 * media=archive), before its items are written: every old file a body, a featured image or a
 * WordPress attachment names (see {@link OldFiles}) is downloaded or taken from the uploads archive
 * once, remembered by its old address (so a second import fetches nothing), and every reference to
 * it is pointed at its new address. A resized WordPress copy ({@code -300x200.jpg}) is a file of
 * its own. What cannot be brought stays as it was and is reported.
 */
@ApplicationScoped
class ImportMedia {

    /** Longest old address remembered (the media_source column). */
    private static final int LONGEST_ADDRESS = 2048;

    private final MediaFetcher fetcher;
    private final MediaLibrary library;
    private final ContentRenderer renderer;
    private final String baseUrl;

    ImportMedia(
            MediaFetcher fetcher,
            MediaLibrary library,
            ContentRenderer renderer,
            BlogConfig config) {
        this.fetcher = fetcher;
        this.library = library;
        this.renderer = renderer;
        this.baseUrl = config.baseUrl();
    }

    /** Brings the files {@code run}'s items and {@code source}'s attachments name, as asked. */
    void bring(ImportSource source, ImportRun run, ImportOptions options) {
        if (options.media() == ImportOptions.Media.NONE) {
            return;
        }
        Bringing bringing = new Bringing(new OldFiles(source.fileAddresses(), baseUrl), options);
        source.attachments().forEach(address -> bringing.newAddress("img", address));
        run.accepted()
                .replaceAll(
                        item ->
                                item.withMedia(
                                        renderer.withAddresses(
                                                item.contentHtml(),
                                                found ->
                                                        bringing.newAddress(
                                                                found.element(), found.value())),
                                        presentationOf(item.presentation(), bringing)));
        run.tally().media(bringing.created, bringing.unchanged, bringing.missing);
    }

    private static PostInput.Presentation presentationOf(
            PostInput.Presentation shown, Bringing bringing) {
        if (shown == null || shown.featuredImage() == null) {
            return shown;
        }
        FeaturedImage image = shown.featuredImage();
        return new PostInput.Presentation(
                new FeaturedImage(
                        bringing.newAddress("img", image.url()), image.alt(), image.caption()),
                shown.featured(),
                shown.canonicalUrl(),
                shown.metaTitle(),
                shown.metaDescription());
    }

    /** One import's files: each old address brought once, what happened counted. */
    private final class Bringing {

        private final OldFiles old;
        private final ImportOptions options;
        private final Map<URI, Optional<String>> moved = new HashMap<>();
        private final List<ImportReport.MediaMissing> missing = new ArrayList<>();
        private int created;
        private int unchanged;

        Bringing(OldFiles old, ImportOptions options) {
            this.old = old;
            this.options = options;
        }

        /** Where {@code value} (in an {@code element}) is now: its new address, or itself. */
        String newAddress(String element, String value) {
            return old.fileAt(element, value)
                    .flatMap(address -> moved.computeIfAbsent(address, this::bring))
                    .orElse(value);
        }

        private Optional<String> bring(URI address) {
            String key = address.toString();
            if (key.length() > LONGEST_ADDRESS) {
                return missing(
                        key, "the address is longer than " + LONGEST_ADDRESS + " characters");
            }
            Optional<MediaLibrary.Item> known = library.broughtFrom(key);
            if (known.isPresent()) {
                unchanged++;
                return Optional.of(baseUrl + known.get().path());
            }
            MediaFetcher.Fetched fetched =
                    options.media() == ImportOptions.Media.ARCHIVE
                            ? fromArchive(address)
                            : fetcher.fetch(address, options.dryRun());
            if (fetched.item() == null) {
                return missing(key, fetched.failure());
            }
            if (!options.dryRun()) {
                library.remember(key, fetched.item());
            }
            created++;
            return Optional.of(baseUrl + fetched.item().path());
        }

        private MediaFetcher.Fetched fromArchive(URI address) {
            try {
                Optional<InputStream> entry = options.archive().open(address);
                if (entry.isEmpty()) {
                    return new MediaFetcher.Fetched(null, "not in the uploaded archive");
                }
                String path = address.getPath();
                String filename = path.substring(path.lastIndexOf('/') + 1);
                try (InputStream bytes = entry.get()) {
                    return new MediaFetcher.Fetched(
                            options.dryRun()
                                    ? library.check(bytes, null, filename)
                                    : library.store(bytes, null, filename),
                            null);
                }
            } catch (ProblemException refused) {
                return new MediaFetcher.Fetched(null, refused.getMessage());
            } catch (IOException e) {
                return new MediaFetcher.Fetched(
                        null, "could not be read from the archive: " + e.getMessage());
            }
        }

        private Optional<String> missing(String address, String why) {
            missing.add(new ImportReport.MediaMissing(address, why));
            return Optional.empty();
        }
    }
}
