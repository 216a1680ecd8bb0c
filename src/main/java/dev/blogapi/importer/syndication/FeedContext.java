package dev.blogapi.importer.syndication;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import java.net.URI;
import org.jdom2.Element;

/**
 * What a feed says once for all its items: whose it is (RFC 4287 section 4.2.1: an entry without an
 * author has the feed's) and its language (for numeric dates).
 *
 * @param author the feed-level author's name, or null
 * @param atom whether the feed is Atom (whose text constructs say whether they hold HTML)
 * @param base the absolute base of the feed's relative links, or null when nothing gives one
 */
record FeedContext(String author, String language, boolean atom, URI base) {

    static FeedContext of(SyndFeed feed, Element root, String blogBase) {
        String author =
                feed.getAuthors().stream()
                        .map(SyndPerson::getName)
                        .filter(name -> name != null && !name.isBlank())
                        .map(String::strip)
                        .findFirst()
                        .orElse(Authors.nameIn(feed.getAuthor()));
        if (author == null) {
            Element channel = root.getChild("channel", root.getNamespace());
            author = Authors.writtenIn(channel != null ? channel : root);
        }
        return new FeedContext(
                author,
                feed.getLanguage(),
                String.valueOf(feed.getFeedType()).startsWith("atom"),
                FeedLinks.feedBase(feed.getLink(), root, blogBase));
    }
}
