package dev.blogapi.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which references name a moved blog's own files. */
class OldFilesTest {

    private final OldFiles old =
            new OldFiles(
                    List.of("https://www.herons.example/blog", ".bp.blogspot.com"),
                    "https://blog.test");

    private Optional<String> file(String element, String value) {
        return old.fileAt(element, value).map(URI::toString);
    }

    @Test
    void filesUnderTheOldHostsWhateverTheSchemeOrWww() {
        assertEquals(
                Optional.of("http://herons.example/wp-content/uploads/a.jpg"),
                file("img", "http://herons.example/wp-content/uploads/a.jpg"));
        assertEquals(
                Optional.of("https://www.herons.example/a.jpg?w=300"),
                file("img", "https://www.herons.example/a.jpg?w=300#top"));
        assertEquals(
                Optional.of("https://blog.test/content/images/b.png"),
                file("img", "https://blog.test/content/images/b.png"),
                "this blog's own host is old too: a blog that keeps its domain");
        assertEquals(
                Optional.of("https://1.bp.blogspot.com/x/s1600/c.png"),
                file("img", "https://1.bp.blogspot.com/x/s1600/c.png"));
    }

    @Test
    void relativeReferencesAreReadAgainstTheOldSite() {
        assertEquals(
                Optional.of("https://www.herons.example/wp-content/uploads/a.jpg"),
                file("img", "/wp-content/uploads/a.jpg"));
    }

    @Test
    void linksOnlyWhenTheyEndLikeAFile() {
        assertEquals(
                Optional.of("https://herons.example/notes.PDF"),
                file("a", "https://herons.example/notes.PDF"));
        assertTrue(file("a", "https://herons.example/2019/05/herons/").isEmpty());
        assertTrue(file("a", "https://herons.example/index.php").isEmpty());
        assertTrue(file("iframe", "https://herons.example/player.mp4").isPresent());
        assertTrue(file("video", "https://herons.example/stream").isPresent());
    }

    @Test
    void notOthersNorThisBlogsMediaNorWhatIsNotAnAddress() {
        assertTrue(file("img", "https://elsewhere.example/a.jpg").isEmpty());
        assertTrue(file("img", "https://blog.test/media/abc/a.jpg").isEmpty());
        assertTrue(file("img", "data:image/png;base64,AAAA").isEmpty());
        assertTrue(file("img", "ftp://herons.example/a.jpg").isEmpty());
        assertTrue(file("img", "https://herons.example/a b.jpg").isEmpty());
        assertTrue(file("a", "#footnote-1").isEmpty());
        assertTrue(file("img", "https://bp.blogspot.example/a.jpg").isEmpty());
    }
}
