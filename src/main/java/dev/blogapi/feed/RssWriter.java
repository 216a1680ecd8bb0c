package dev.blogapi.feed;

import com.rometools.rome.feed.rss.Category;
import com.rometools.rome.feed.rss.Channel;
import com.rometools.rome.feed.rss.Description;
import com.rometools.rome.feed.rss.Guid;
import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;

/**
 * RSS 2.0 through ROME, in the shape of the blog this service replaces (dates as RFC 822 with
 * +0000).
 */
final class RssWriter {

    static final String GENERATOR = "blog-api";
    private static final Namespace ATOM =
            Namespace.getNamespace("atom", "http://www.w3.org/2005/Atom");
    private static final DateTimeFormatter RFC_822 =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ENGLISH)
                    .withZone(ZoneOffset.UTC);

    private static final Namespace MEDIA =
            Namespace.getNamespace("media", "http://search.yahoo.com/mrss/");

    private RssWriter() {}

    static String write(FeedData feed) {
        Channel channel = new Channel("rss_2.0");
        channel.setTitle(feed.title());
        channel.setLink(feed.homeUrl());
        channel.setDescription(feed.description());
        channel.setLanguage(feed.language());
        channel.setTtl(feed.ttlMinutes());
        channel.setLastBuildDate(Date.from(feed.updated()));
        channel.setGenerator(GENERATOR);
        String tagDomain = FeedData.tagScheme(feed.homeUrl());
        channel.setItems(feed.items().stream().map(post -> item(post, tagDomain)).toList());
        try {
            Document document = new WireFeedOutput().outputJDom(channel);
            Element channelElement = document.getRootElement().getChild("channel");
            document.getRootElement().addNamespaceDeclaration(ATOM);
            channelElement.addContent(
                    indexAfter(channelElement, "link"),
                    new Element("link", ATOM)
                            .setAttribute("href", feed.feedUrls().get(FeedFormat.RSS))
                            .setAttribute("rel", "self")
                            .setAttribute("type", "application/rss+xml"));
            // ROME writes "GMT"; the old blog's readers saw "+0000".
            channelElement.getChild("lastBuildDate").setText(RFC_822.format(feed.updated()));
            List<Element> items = channelElement.getChildren("item");
            for (int i = 0; i < items.size(); i++) {
                items.get(i)
                        .getChild("pubDate")
                        .setText(RFC_822.format(feed.items().get(i).published()));
                String image = feed.items().get(i).image();
                if (image != null) {
                    // Media RSS, as Ghost's feeds carry a post's feature image.
                    document.getRootElement().addNamespaceDeclaration(MEDIA);
                    items.get(i)
                            .addContent(
                                    new Element("content", MEDIA)
                                            .setAttribute("url", image)
                                            .setAttribute("medium", "image"));
                }
            }
            return XmlOutput.write(document);
        } catch (FeedException e) {
            throw new IllegalStateException("ROME refused a feed built from stored posts", e);
        }
    }

    private static Item item(FeedData.Item post, String tagDomain) {
        Item item = new Item();
        item.setTitle(post.title());
        item.setLink(post.url());
        Description description = new Description();
        description.setType("text/html");
        description.setValue(post.contentHtml());
        item.setDescription(description);
        item.setPubDate(Date.from(post.published()));
        Guid guid = new Guid();
        guid.setValue(post.guid());
        guid.setPermaLink(isUrl(post.guid()));
        item.setGuid(guid);
        // RSS 2.0 has one author per item: co-authors are named with the author.
        item.setAuthor(String.join(", ", post.authors()));
        List<Category> categories = new ArrayList<>();
        for (FeedData.Category filed : post.categories()) {
            categories.add(category(filed.name(), null));
        }
        // Tags follow the categories, told apart by their domain (RSS 2.0 category domain).
        for (FeedData.Category tag : post.tags()) {
            categories.add(category(tag.name(), tagDomain));
        }
        item.setCategories(categories);
        return item;
    }

    private static Category category(String name, String domain) {
        Category category = new Category();
        category.setValue(name);
        category.setDomain(domain);
        return category;
    }

    static boolean isUrl(String guid) {
        return guid.startsWith("http://") || guid.startsWith("https://");
    }

    private static int indexAfter(Element parent, String childName) {
        return parent.indexOf(parent.getChild(childName)) + 1;
    }
}
