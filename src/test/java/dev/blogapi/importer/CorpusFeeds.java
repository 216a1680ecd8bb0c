package dev.blogapi.importer;

import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.junit.jupiter.api.Assumptions;

/**
 * The real feeds of {@code ../shared/corpus/feeds} (never copied into the project), with the label
 * its SOURCES.md gives each file and the number of items each holds.
 */
final class CorpusFeeds {

    /** Labels of files a feed reader would refuse too: not feeds, or not well-formed. */
    static final Set<String> REFUSED_LABELS = Set.of("malformed", "doctype");

    static final Path DIRECTORY =
            Path.of(System.getProperty("corpus.dir", "../shared/corpus")).resolve("feeds");

    private static final Pattern ROW = Pattern.compile("^\\| ([^ |]+) \\| ([^ |]+) \\|");

    private CorpusFeeds() {}

    /**
     * Skips the calling test when the corpus is not beside the project (a clone of the repository
     * alone): CI has it, and there every corpus test runs.
     */
    static void assumePresent(Path directory) {
        Assumptions.assumeTrue(
                Files.isDirectory(directory),
                "skipped: the real-world corpus is not at "
                        + directory.toAbsolutePath().normalize()
                        + " (it lives in ../shared/corpus beside the project; -Dcorpus.dir=… points"
                        + " elsewhere)");
    }

    /** File name to label, from the corpus's SOURCES.md table. */
    static Map<String, String> labels() throws IOException {
        assumePresent(DIRECTORY);
        Map<String, String> labels = new TreeMap<>();
        for (String line : Files.readAllLines(DIRECTORY.resolve("SOURCES.md"))) {
            Matcher row = ROW.matcher(line);
            if (row.find() && !row.group(1).equals("file") && !row.group(1).startsWith("-")) {
                labels.put(row.group(1), row.group(2));
            }
        }
        return labels;
    }

    static Stream<Path> files() throws IOException {
        return labels().keySet().stream().map(DIRECTORY::resolve);
    }

    /** Whether the document is a WordPress export (WXR), which holds more than public posts. */
    static boolean isWordPressExport(byte[] document) {
        String start =
                new String(document, 0, Math.min(document.length, 4096), StandardCharsets.UTF_8);
        return start.contains("wordpress.org/export/");
    }

    static String mediaTypeOf(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".atom") ? "application/atom+xml" : "application/rss+xml";
    }

    /**
     * How many items the document holds: RSS items and RSS 1.0 items under their channel or
     * rdf:RDF, Atom entries under their feed. Counted by a lenient pass over the raw text when the
     * document is not well-formed XML.
     */
    static int itemsIn(byte[] document) throws IOException {
        String text;
        if (document.length > 1 && document[0] == '<' && document[1] == 0) {
            text = new String(document, StandardCharsets.UTF_16LE);
        } else {
            try (XmlReader reader = new XmlReader(new ByteArrayInputStream(document), true)) {
                text = new String(readAll(reader));
            }
        }
        try {
            return countWellFormed(text);
        } catch (XMLStreamException e) {
            Matcher items = Pattern.compile("<(item|entry)[\\s>]").matcher(text);
            int count = 0;
            while (items.find()) {
                count++;
            }
            return count;
        }
    }

    private static char[] readAll(XmlReader reader) throws IOException {
        StringBuilder all = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n; (n = reader.read(buffer)) > 0; ) {
            all.append(buffer, 0, n);
        }
        return all.toString().toCharArray();
    }

    private static int countWellFormed(String text) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XMLStreamReader xml = factory.createXMLStreamReader(new StringReader(text));
        Deque<String> open = new ArrayDeque<>();
        int count = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                String parent = open.isEmpty() ? "" : open.peek();
                if ((name.equals("item") && List.of("channel", "RDF").contains(parent))
                        || (name.equals("entry") && parent.equals("feed"))) {
                    count++;
                }
                open.push(name);
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                open.pop();
            }
        }
        return count;
    }
}
