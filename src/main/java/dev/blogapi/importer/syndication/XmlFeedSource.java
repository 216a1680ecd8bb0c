package dev.blogapi.importer.syndication;

import com.rometools.rome.feed.synd.SyndEntry;
import dev.blogapi.importer.FeedDocuments;
import dev.blogapi.importer.ImportReport;
import dev.blogapi.importer.ImportRun;
import dev.blogapi.importer.ImportSource;
import dev.blogapi.importer.ImportedPost;
import dev.blogapi.importer.ItemFailure;
import dev.blogapi.importer.WarningKind;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jdom2.Element;

/**
 * The sources whose document is an RSS or Atom feed (a plain feed, a WordPress export, a Blogger
 * backup): each item is read once by {@link FeedItemMapper}, then the source may leave it out or
 * add what its engine says beyond the feed.
 */
public abstract class XmlFeedSource implements ImportSource {

    private final FeedDocuments.FeedDocument document;
    private final FeedItemMapper mapper;

    protected XmlFeedSource(FeedDocuments.FeedDocument document, FeedItemMapper mapper) {
        this.document = document;
        this.mapper = mapper;
    }

    /** The document this source reads. */
    protected FeedDocuments.FeedDocument document() {
        return document;
    }

    /**
     * The feed's own address (its link, else its id), prefixed with the source's name: a plain
     * feed, a Blogger backup. WordPress says more precisely where it lives.
     */
    @Override
    public String origin() {
        String link = document.feed().getLink();
        String id = link != null && !link.isBlank() ? link : document.feed().getUri();
        return id == null || id.isBlank() ? null : name() + ":" + id.strip();
    }

    /** The feed's link: where the blog, and so its files, were. */
    @Override
    public java.util.List<String> fileAddresses() {
        String link = document.feed().getLink();
        return link == null || link.isBlank()
                ? java.util.List.of()
                : java.util.List.of(link.strip());
    }

    /** Why the item is not content (a comment, an attachment…); empty for a post or page. */
    protected Optional<ImportReport.Skipped> leftOut(Element item) {
        return Optional.empty();
    }

    /**
     * What the engine's raw body of {@code item} needs before its one sanitising pass (WordPress's
     * paragraphs, shortcodes and players); what it converts or leaves out goes into {@code run}.
     */
    protected UnaryOperator<String> bodyPreparation(Element item, String guid, ImportRun run) {
        return UnaryOperator.identity();
    }

    /** The mapped item with the engine's own facts; {@code item} is its element. */
    protected ImportedPost adapt(ImportedPost mapped, Element item, ImportRun run)
            throws ItemFailure {
        return mapped;
    }

    @Override
    public void readInto(ImportRun run) {
        if (document.droppedCharacters() > 0) {
            run.warn(
                    ImportReport.Warning.of(
                            null,
                            WarningKind.FORBIDDEN_CHARACTERS,
                            "dropped "
                                    + document.droppedCharacters()
                                    + " characters XML 1.0 forbids (control characters such as"
                                    + " U+0008) from the document"));
        }
        FeedContext context = FeedContext.of(document.feed(), document.root(), mapper.baseUrl());
        List<SyndEntry> entries = document.feed().getEntries();
        // ROME keeps the document's order; should it ever not, items are mapped without their
        // elements rather than with another item's.
        boolean elementsKnown = entries.size() == document.items().size();
        for (int i = 0; i < entries.size(); i++) {
            read(entries.get(i), elementsKnown ? document.items().get(i) : null, context, run);
        }
    }

    private void read(SyndEntry entry, Element element, FeedContext context, ImportRun run) {
        Optional<ImportReport.Skipped> leftOut =
                element == null ? Optional.empty() : leftOut(element);
        if (leftOut.isPresent()) {
            run.skip(leftOut.get().kind(), leftOut.get().reason());
            return;
        }
        try {
            ImportedPost post =
                    mapper.map(
                            entry,
                            element,
                            context,
                            element == null
                                    ? UnaryOperator.identity()
                                    : bodyPreparation(
                                            element, FeedItemMapper.identity(entry), run));
            run.accept(element == null ? post : adapt(post, element, run));
        } catch (ItemFailure e) {
            run.fail(FeedItemMapper.identity(entry), e.getMessage());
        }
    }
}
