package dev.blogapi.feed;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Generator;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/** Atom 1.0 through ROME: the same facts as the RSS feed in Atom's own elements. */
final class AtomWriter {

    private AtomWriter() {}

    static String write(FeedData feed) {
        Feed atom = new Feed("atom_1.0");
        atom.setId(feed.feedUrls().get(FeedFormat.ATOM));
        atom.setTitleEx(text(feed.title()));
        atom.setSubtitle(text(feed.description()));
        atom.setLanguage(feed.language());
        atom.setUpdated(Date.from(feed.updated()));
        atom.setAlternateLinks(List.of(link("alternate", feed.homeUrl(), "text/html")));
        atom.setOtherLinks(
                List.of(
                        link(
                                "self",
                                feed.feedUrls().get(FeedFormat.ATOM),
                                "application/atom+xml")));
        Generator generator = new Generator();
        generator.setValue(RssWriter.GENERATOR);
        atom.setGenerator(generator);
        String tagScheme = FeedData.tagScheme(feed.homeUrl());
        atom.setEntries(feed.items().stream().map(post -> entry(post, tagScheme)).toList());
        try {
            return XmlOutput.write(new WireFeedOutput().outputJDom(atom));
        } catch (FeedException e) {
            throw new IllegalStateException("ROME refused a feed built from stored posts", e);
        }
    }

    private static Entry entry(FeedData.Item post, String tagScheme) {
        Entry entry = new Entry();
        entry.setId(atomId(post.guid()));
        entry.setTitleEx(text(post.title()));
        entry.setAlternateLinks(List.of(link("alternate", post.url(), "text/html")));
        if (post.image() != null) {
            // The featured image, where Atom has a place for a related file (as RSS's
            // media:content).
            entry.setOtherLinks(List.of(link("enclosure", post.image(), null)));
        }
        entry.setPublished(Date.from(post.published()));
        entry.setUpdated(Date.from(post.updated()));
        List<SyndPerson> authors = new ArrayList<>();
        for (String name : post.authors()) {
            Person author = new Person();
            author.setName(name);
            authors.add(author);
        }
        entry.setAuthors(authors);
        List<Category> categories = new ArrayList<>();
        for (FeedData.Category filed : post.categories()) {
            categories.add(category(filed, null));
        }
        // Tags follow the categories, told apart by their scheme (RFC 4287 4.2.2).
        for (FeedData.Category tag : post.tags()) {
            categories.add(category(tag, tagScheme));
        }
        entry.setCategories(categories);
        Content summary = text(post.summary());
        entry.setSummary(summary);
        Content content = new Content();
        content.setType(Content.HTML);
        content.setValue(post.contentHtml());
        entry.setContents(List.of(content));
        return entry;
    }

    /**
     * Atom ids must be IRIs: guids that are absolute URIs are kept, others are wrapped in a tag
     * URI.
     */
    static String atomId(String guid) {
        try {
            if (URI.create(guid).isAbsolute()) {
                return guid;
            }
        } catch (IllegalArgumentException e) {
            // not a URI: wrapped below
        }
        return "tag:blog-api,2026:guid:" + URLEncoder.encode(guid, StandardCharsets.UTF_8);
    }

    private static Content text(String value) {
        Content content = new Content();
        content.setType(Content.TEXT);
        content.setValue(value);
        return content;
    }

    private static Link link(String rel, String href, String type) {
        Link link = new Link();
        link.setRel(rel);
        link.setHref(href);
        link.setType(type);
        return link;
    }

    private static Category category(FeedData.Category named, String scheme) {
        Category category = new Category();
        category.setTerm(named.slug());
        category.setLabel(named.name());
        category.setScheme(scheme);
        return category;
    }
}
