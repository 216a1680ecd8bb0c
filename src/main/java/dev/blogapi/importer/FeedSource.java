package dev.blogapi.importer;

/** A plain RSS 0.9x-2.0, RSS 1.0 or Atom 1.0 feed: every item is a post, as the feed says. */
final class FeedSource extends XmlFeedSource {

    FeedSource(FeedDocuments.FeedDocument document, FeedItemMapper mapper, String baseUrl) {
        super(document, mapper, baseUrl);
    }

    @Override
    public String name() {
        return "feed";
    }
}
