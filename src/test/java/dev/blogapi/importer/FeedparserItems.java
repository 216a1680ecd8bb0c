package dev.blogapi.importer;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;

/**
 * Each corpus item as Debian's python3-feedparser reads it, a judge independent of ROME and of this
 * service: its id, its absolute link and its body as the feed holds them.
 */
final class FeedparserItems {

    record SourceItem(String id, String link, String body) {}

    private static final Path PYTHON = Path.of("/usr/bin/python3");
    private static final Path SCRIPT = Path.of("src/test/readers/corpus_links.py");

    private FeedparserItems() {}

    /**
     * The items of every file, by file name; empty when feedparser is not installed (then
     * FEED_READERS_REQUIRED=true, as in CI, fails instead).
     */
    static Map<String, List<SourceItem>> of(List<Path> files) throws Exception {
        if (!available()) {
            Assertions.assertNotEquals(
                    "true",
                    System.getenv("FEED_READERS_REQUIRED"),
                    "python3-feedparser is missing: apt-get install python3-feedparser");
            return Map.of();
        }
        List<String> command = new ArrayList<>(List.of(PYTHON.toString(), SCRIPT.toString()));
        files.forEach(file -> command.add(file.toString()));
        Path output = Files.createTempFile("corpus-items", ".json");
        try {
            Process process =
                    new ProcessBuilder(command)
                            .redirectOutput(output.toFile())
                            .redirectError(ProcessBuilder.Redirect.INHERIT)
                            .start();
            Assertions.assertTrue(process.waitFor(120, TimeUnit.SECONDS), "feedparser hung");
            Assertions.assertEquals(0, process.exitValue(), "feedparser failed");
            Map<String, List<SourceItem>> byPath =
                    new ObjectMapper().readValue(output.toFile(), new TypeReference<>() {});
            Map<String, List<SourceItem>> byName = new TreeMap<>();
            byPath.forEach(
                    (path, items) -> byName.put(Path.of(path).getFileName().toString(), items));
            return byName;
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private static boolean available() {
        try {
            return Files.isExecutable(PYTHON)
                    && new ProcessBuilder(PYTHON.toString(), "-c", "import feedparser")
                                    .start()
                                    .waitFor()
                            == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
