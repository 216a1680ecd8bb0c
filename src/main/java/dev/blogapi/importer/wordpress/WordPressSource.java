package dev.blogapi.importer.wordpress;

import dev.blogapi.importer.FeedDocuments;
import dev.blogapi.importer.ImportReport;
import dev.blogapi.importer.ImportRun;
import dev.blogapi.importer.ImportedPost;
import dev.blogapi.importer.syndication.FeedItemMapper;
import dev.blogapi.importer.syndication.XmlFeedSource;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jdom2.Element;

/**
 * A WordPress export (WXR): each item mapped once, its classic body given WordPress's paragraphs
 * and its block comments dropped before the one sanitising pass, then WordPress's own facts added
 * (see {@link WordPressItems}); comments counted as skipped.
 */
final class WordPressSource extends XmlFeedSource {

    private final WordPressItems wordpress;

    WordPressSource(
            FeedDocuments.FeedDocument document, FeedItemMapper mapper, WordPressItems wordpress) {
        super(document, mapper);
        this.wordpress = wordpress;
    }

    /** The WordPress source for {@code document}, when it is a WordPress export. */
    static Optional<WordPressSource> of(
            FeedDocuments.FeedDocument document, FeedItemMapper mapper) {
        return WordPressItems.of(document.root(), document.items())
                .map(wordpress -> new WordPressSource(document, mapper, wordpress));
    }

    @Override
    public String name() {
        return "wordpress";
    }

    @Override
    protected Optional<ImportReport.Skipped> leftOut(Element item) {
        return WordPressItems.leftOut(item);
    }

    @Override
    protected UnaryOperator<String> bodyPreparation() {
        return WordPressItems::prepareBody;
    }

    @Override
    protected ImportedPost adapt(ImportedPost mapped, Element item, ImportRun run) {
        for (int c = WordPressItems.commentsIn(item); c > 0; c--) {
            run.skip("comment", "comments are not imported");
        }
        return wordpress.adapt(mapped, item);
    }
}
