package dev.blogapi.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.blogapi.common.config.BlogConfig;
import dev.blogapi.common.content.ContentRenderer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.util.List;

/** What the sources' plain JUnit tests share: a configuration, the fixture files, a dry run. */
public final class SourceFixtures {

    /** The blog's address in the sources' tests. */
    public static final String BASE = "http://notes.example.org/blog";

    private SourceFixtures() {}

    /** A configuration with {@link #BASE} and YouTube as the one embed host. */
    public static BlogConfig config() {
        return (BlogConfig)
                Proxy.newProxyInstance(
                        BlogConfig.class.getClassLoader(),
                        new Class<?>[] {BlogConfig.class},
                        (proxy, method, args) ->
                                switch (method.getName()) {
                                    case "baseUrl" -> BASE;
                                    case "embedHosts" ->
                                            List.of("www.youtube.com", "player.vimeo.com");
                                    case "defaultAuthor" -> "Someone";
                                    default -> null;
                                });
    }

    public static ContentRenderer renderer() {
        return new ContentRenderer(config());
    }

    /** A fixture written in an engine's export shape, under src/test/resources/imports. */
    public static byte[] bytes(String name) throws IOException {
        try (InputStream in = SourceFixtures.class.getResourceAsStream("/imports/" + name)) {
            if (in == null) {
                throw new IOException("no fixture /imports/" + name);
            }
            return in.readAllBytes();
        }
    }

    public static FeedDocuments.FeedDocument xml(String name) throws IOException {
        return FeedDocuments.read(new ByteArrayInputStream(bytes(name)));
    }

    public static FeedDocuments.FeedDocument xmlText(String document) {
        return FeedDocuments.read(new ByteArrayInputStream(document.getBytes()));
    }

    public static JsonNode json(String name) throws IOException {
        return new ObjectMapper().readTree(bytes(name));
    }

    /** What {@code source} would import, read without writing. */
    public static ImportRun read(ImportSource source) {
        ImportRun run = new ImportRun(true);
        source.readInto(run);
        return run;
    }

    /** The kinds the run counted as skipped. */
    public static List<String> skippedKinds(ImportRun run) {
        return run.tally().report(null).skipped().stream().map(ImportReport.Skipped::kind).toList();
    }
}
