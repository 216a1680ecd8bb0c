package dev.blogapi.importer.feed;

import dev.blogapi.importer.FeedDocuments;
import dev.blogapi.importer.syndication.FeedItemMapper;
import dev.blogapi.importer.syndication.XmlFeedSource;

/** A plain RSS 0.9x-2.0, RSS 1.0 or Atom 1.0 feed: every item is a post, as the feed says. */
final class FeedSource extends XmlFeedSource {

    FeedSource(FeedDocuments.FeedDocument document, FeedItemMapper mapper) {
        super(document, mapper);
    }

    @Override
    public String name() {
        return "feed";
    }
}
