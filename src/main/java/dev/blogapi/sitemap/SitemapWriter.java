package dev.blogapi.sitemap;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Sitemaps 0.9 documents (sitemaps.org), written with the JDK's StAX writer. */
final class SitemapWriter {

    static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /** Looked up once: finding the implementation costs more than writing a small sitemap. */
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newInstance();

    /** One entry: a page's or a child sitemap's absolute address, and when it last changed. */
    record Entry(String loc, Instant lastModified) {}

    private SitemapWriter() {}

    /** A {@code urlset} of pages to crawl. */
    static byte[] urlset(List<Entry> urls) {
        return write("urlset", "url", urls);
    }

    /** A {@code sitemapindex} of child sitemaps. */
    static byte[] index(List<Entry> sitemaps) {
        return write("sitemapindex", "sitemap", sitemaps);
    }

    private static byte[] write(String root, String element, List<Entry> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml =
                    FACTORY.createXMLStreamWriter(bytes, StandardCharsets.UTF_8.name());
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.writeStartElement(root);
            xml.writeDefaultNamespace(NAMESPACE);
            for (Entry entry : entries) {
                xml.writeStartElement(element);
                text(xml, "loc", entry.loc());
                if (entry.lastModified() != null) {
                    text(
                            xml,
                            "lastmod",
                            entry.lastModified().truncatedTo(ChronoUnit.SECONDS).toString());
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write a sitemap", e);
        }
        return bytes.toByteArray();
    }

    private static void text(XMLStreamWriter xml, String name, String value)
            throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
