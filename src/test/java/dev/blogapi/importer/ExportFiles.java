package dev.blogapi.importer;

import static dev.blogapi.Api.anonymous;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The whole-blog exports the engine import tests read, and the feed they check them against. */
final class ExportFiles {

    private ExportFiles() {}

    /** A real export of {@code ../shared/corpus/exports} (never copied into the project). */
    static byte[] corpus(String file) throws Exception {
        Path exports = Path.of(System.getProperty("corpus.dir", "../shared/corpus"), "exports");
        CorpusFeeds.assumePresent(exports);
        return Files.readAllBytes(exports.resolve(file));
    }

    /** A fixture written in an engine's export shape, under src/test/resources/imports. */
    static byte[] fixture(String name) throws Exception {
        return SourceFixtures.bytes(name);
    }

    /** The site's RSS feed as ROME reads it. */
    static SyndFeed rss() throws Exception {
        byte[] body = anonymous().get("/feed.rss").then().statusCode(200).extract().asByteArray();
        return new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(body), false));
    }
}
