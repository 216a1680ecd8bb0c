package dev.blogapi.importer;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import dev.blogapi.common.error.ProblemException;
import dev.blogapi.common.error.ProblemType;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.input.JDOMParseException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;

/**
 * Reads an RSS or Atom document: strictly as XML (a document that is not well-formed is refused
 * with its line and column), refusing DTDs (so no external entities and no entity expansion), but
 * dropping the characters XML forbids rather than refusing a whole blog for one of them. The feed
 * comes with each item's own element, for what ROME does not keep (dates it cannot read, authors
 * and bases it drops).
 */
public final class FeedDocuments {

    /** A feed as ROME reads it, its items' elements in the same order, and what was dropped. */
    public record FeedDocument(
            SyndFeed feed, Element root, List<Element> items, int droppedCharacters) {}

    private FeedDocuments() {}

    public static FeedDocument read(InputStream body) {
        try (XmlTextReader text = new XmlTextReader(decoded(body))) {
            Document document = parser().build(text);
            SyndFeed feed = new SyndFeedInput(false, Locale.US).build(document);
            Element root = document.getRootElement();
            List<Element> items =
                    root.getChildren().stream()
                            .flatMap(
                                    child ->
                                            child.getName().equals("channel")
                                                    ? child.getChildren().stream()
                                                    : java.util.stream.Stream.of(child))
                            .filter(e -> e.getName().equals("item") || e.getName().equals("entry"))
                            .toList();
            return new FeedDocument(feed, root, items, text.dropped());
        } catch (JDOMParseException e) {
            String message = messageOf(e);
            if (message.toLowerCase(Locale.ROOT).contains("doctype")) {
                throw new ProblemException(
                        ProblemType.MALFORMED_REQUEST,
                        "DOCTYPE declarations are refused (they can reach files and expand entities); remove it and retry");
            }
            String where =
                    e.getLineNumber() > 0
                            ? " at line " + e.getLineNumber() + ", column " + e.getColumnNumber()
                            : "";
            throw new ProblemException(
                    ProblemType.MALFORMED_REQUEST,
                    "The document is not well-formed XML" + where + ": " + message);
        } catch (IllegalArgumentException | FeedException | JDOMException e) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED,
                    "The document is XML but not an RSS 2.0 or Atom 1.0 feed (nor an older RSS): "
                            + messageOf(e));
        } catch (IOException e) {
            throw new ProblemException(
                    ProblemType.MALFORMED_REQUEST,
                    "The document could not be read: " + e.getMessage());
        }
    }

    private static SAXBuilder parser() {
        SAXBuilder parser = new SAXBuilder(XMLReaders.NONVALIDATING);
        parser.setExpandEntities(false);
        parser.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        parser.setFeature("http://xml.org/sax/features/external-general-entities", false);
        parser.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        return parser;
    }

    /**
     * The document's characters in its declared or detected encoding; UTF-16 without a byte order
     * mark or declaration is recognised by its first tag, as XML 1.0 appendix F describes.
     */
    private static Reader decoded(InputStream body) throws IOException {
        BufferedInputStream in = new BufferedInputStream(body);
        in.mark(2);
        int first = in.read();
        int second = in.read();
        in.reset();
        if (first == '<' && second == 0) {
            return new InputStreamReader(in, StandardCharsets.UTF_16LE);
        }
        if (first == 0 && second == '<') {
            return new InputStreamReader(in, StandardCharsets.UTF_16BE);
        }
        return new XmlReader(in, true);
    }

    private static String messageOf(Exception e) {
        Throwable cause =
                e.getCause() != null && e.getCause().getMessage() != null ? e.getCause() : e;
        return String.valueOf(cause.getMessage());
    }
}
