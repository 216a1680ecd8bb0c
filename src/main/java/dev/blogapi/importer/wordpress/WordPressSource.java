package dev.blogapi.importer.wordpress;

import dev.blogapi.common.content.Players;
import dev.blogapi.importer.FeedDocuments;
import dev.blogapi.importer.ImportReport;
import dev.blogapi.importer.ImportRun;
import dev.blogapi.importer.ImportedPost;
import dev.blogapi.importer.WarningKind;
import dev.blogapi.importer.syndication.FeedItemMapper;
import dev.blogapi.importer.syndication.XmlFeedSource;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.jdom2.Element;

/**
 * A WordPress export (WXR): each item mapped once, its classic body given WordPress's paragraphs
 * and its block comments dropped before the one sanitising pass, then WordPress's own facts added
 * (see {@link WordPressItems}); comments counted as skipped.
 */
final class WordPressSource extends XmlFeedSource {

    private final WordPressItems wordpress;
    private final WordPressBodies bodies;

    WordPressSource(
            FeedDocuments.FeedDocument document,
            FeedItemMapper mapper,
            WordPressItems wordpress,
            Players players) {
        super(document, mapper);
        this.wordpress = wordpress;
        this.bodies =
                new WordPressBodies(
                        players, wordpress.attachmentUrls(), wordpress.attachmentsByParent());
    }

    /** The WordPress source for {@code document}, when it is a WordPress export. */
    static Optional<WordPressSource> of(
            FeedDocuments.FeedDocument document, FeedItemMapper mapper, Players players) {
        return WordPressItems.of(document.root(), document.items())
                .map(wordpress -> new WordPressSource(document, mapper, wordpress, players));
    }

    @Override
    public String name() {
        return "wordpress";
    }

    /** WordPress's own site address ({@code wp:base_site_url}), else the channel's link. */
    @Override
    public String origin() {
        return WordPressItems.siteOf(document().root())
                .map(site -> "wordpress:" + site)
                .orElseGet(super::origin);
    }

    /** The site's addresses, then the channel's link, each once. */
    @Override
    public List<String> fileAddresses() {
        Set<String> addresses = new LinkedHashSet<>(WordPressItems.addressesOf(document().root()));
        addresses.addAll(super.fileAddresses());
        return List.copyOf(addresses);
    }

    /** Every attachment's file, used in a body or not. */
    @Override
    public Collection<String> attachments() {
        return wordpress.attachmentUrls().values();
    }

    /** The export's categories and tags first, posts or not, then its items. */
    @Override
    public void readInto(ImportRun run) {
        WordPressTerms.declareAll(document().root(), run);
        super.readInto(run);
    }

    @Override
    protected Optional<ImportReport.Skipped> leftOut(Element item) {
        return WordPressItems.leftOut(item);
    }

    @Override
    protected UnaryOperator<String> bodyPreparation(Element item, String guid, ImportRun run) {
        return raw -> {
            WordPressBodies.Prepared prepared = bodies.prepare(raw, WordPressItems.postIdOf(item));
            report(prepared, guid, run);
            return prepared.html();
        };
    }

    /** What WordPress rendered that was made here, left as text or had nothing to keep. */
    private static void report(WordPressBodies.Prepared prepared, String guid, ImportRun run) {
        prepared.converted().forEach(run::convert);
        if (!prepared.unknownShortcodes().isEmpty()) {
            run.warn(
                    ImportReport.Warning.of(
                            guid,
                            WarningKind.UNKNOWN_SHORTCODE,
                            "left as text, as no import knows them (a WordPress plugin rendered"
                                    + " them): "
                                    + String.join(", ", prepared.unknownShortcodes())));
        }
        if (!prepared.droppedBlocks().isEmpty()) {
            run.warn(
                    ImportReport.Warning.of(
                            guid,
                            WarningKind.DROPPED_BLOCK,
                            "blocks WordPress fills in when it serves the page saved no HTML and"
                                    + " were dropped: "
                                    + String.join(", ", prepared.droppedBlocks())));
        }
        if (!prepared.missingAttachments().isEmpty()) {
            run.warn(
                    ImportReport.Warning.of(
                            guid,
                            WarningKind.MISSING_ATTACHMENT,
                            "a gallery names attachments the export does not hold (ids "
                                    + String.join(", ", prepared.missingAttachments())
                                    + "); the images it does hold are shown"));
        }
    }

    @Override
    protected ImportedPost adapt(ImportedPost mapped, Element item, ImportRun run) {
        for (int c = WordPressItems.commentsIn(item); c > 0; c--) {
            run.skip("comment", "comments are not imported");
        }
        ImportedPost adapted = wordpress.adapt(mapped, item);
        wordpress.parentGuidOf(item).ifPresent(parent -> run.placeUnder(adapted.guid(), parent));
        return adapted;
    }
}
