package dev.blogapi.feed;

import dev.blogapi.common.content.XmlCharacters;

/** Text fit for a feed: only characters XML 1.0 allows. */
final class FeedText {

    private FeedText() {}

    static String xmlSafe(String text) {
        return XmlCharacters.strip(text);
    }
}
