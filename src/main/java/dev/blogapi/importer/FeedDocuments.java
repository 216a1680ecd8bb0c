package dev.blogapi.importer;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import dev.blogapi.common.error.ProblemException;
import dev.blogapi.common.error.ProblemType;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * Reads an RSS or Atom document with ROME, refusing DTDs (so no external entities and no entity
 * expansion) and answering a document that is not a feed with a problem naming why.
 */
final class FeedDocuments {

    private FeedDocuments() {}

    static SyndFeed read(InputStream body) {
        SyndFeedInput input = new SyndFeedInput(false, Locale.US);
        input.setAllowDoctypes(false);
        input.setPreserveWireFeed(false);
        try (XmlReader reader = new XmlReader(body, true)) {
            return input.build(reader);
        } catch (ParsingFeedException e) {
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
        } catch (IllegalArgumentException | FeedException e) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED,
                    "The document is XML but not an RSS 2.0 or Atom 1.0 feed: " + messageOf(e));
        } catch (IOException e) {
            throw new ProblemException(
                    ProblemType.MALFORMED_REQUEST,
                    "The document could not be read: " + e.getMessage());
        }
    }

    private static String messageOf(Exception e) {
        Throwable cause =
                e.getCause() != null && e.getCause().getMessage() != null ? e.getCause() : e;
        return String.valueOf(cause.getMessage());
    }
}
