package dev.blogapi.importer;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;

/**
 * What a feed says once for all its items: whose it is (RFC 4287 section 4.2.1: an entry without an
 * author has the feed's) and its language (for numeric dates).
 *
 * @param author the feed-level author's name, or null
 */
record FeedContext(String author, String language) {

    static FeedContext of(SyndFeed feed) {
        String author =
                feed.getAuthors().stream()
                        .map(SyndPerson::getName)
                        .filter(name -> name != null && !name.isBlank())
                        .map(String::strip)
                        .findFirst()
                        .orElse(Authors.nameIn(feed.getAuthor()));
        return new FeedContext(author, feed.getLanguage());
    }
}
