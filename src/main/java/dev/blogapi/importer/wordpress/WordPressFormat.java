package dev.blogapi.importer.wordpress;

import dev.blogapi.common.content.Players;
import dev.blogapi.importer.FeedDocuments;
import dev.blogapi.importer.ImportPipeline;
import dev.blogapi.importer.syndication.FeedItemMapper;
import dev.blogapi.importer.syndication.XmlFormat;
import jakarta.inject.Singleton;
import java.util.Optional;

/** A WordPress export (WXR): RSS whose items carry {@code wp:post_type}. */
@Singleton
class WordPressFormat extends XmlFormat {

    private final Players players;

    WordPressFormat(FeedItemMapper mapper, ImportPipeline pipeline, Players players) {
        super(mapper, pipeline);
        this.players = players;
    }

    @Override
    public String name() {
        return "wordpress";
    }

    @Override
    protected Optional<WordPressSource> sourceFor(
            FeedDocuments.FeedDocument document, FeedItemMapper mapper) {
        return WordPressSource.of(document, mapper, players);
    }
}
