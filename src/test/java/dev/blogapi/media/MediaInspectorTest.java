package dev.blogapi.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blogapi.common.error.ProblemException;
import dev.blogapi.common.error.ProblemType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a file is comes from its bytes; names and headers may only agree with them. */
class MediaInspectorTest {

    private static final Set<String> DEFAULT_TYPES =
            Set.of(
                    "image/jpeg",
                    "image/png",
                    "image/gif",
                    "image/webp",
                    "image/avif",
                    "image/svg+xml",
                    "application/pdf",
                    "audio/mpeg",
                    "video/mp4");

    @TempDir Path folder;
    private final MediaInspector inspector = new MediaInspector(DEFAULT_TYPES, 100_000_000);

    private MediaInspector.Inspected inspect(byte[] bytes, String declared, String name)
            throws Exception {
        Path file = Files.write(Files.createTempFile(folder, "f", ".part"), bytes);
        return inspector.inspect(file, declared, name);
    }

    private ProblemType refusal(byte[] bytes, String declared, String name) {
        return assertThrows(ProblemException.class, () -> inspect(bytes, declared, name)).type();
    }

    @Test
    void imagesAreKnownByTheirBytesWithTheirDimensionsFromTheHeader() throws Exception {
        assertEquals(
                new MediaInspector.Inspected("image/png", 7, 5),
                inspect(MediaFixtures.image("png", 7, 5), null, null));
        assertEquals(
                new MediaInspector.Inspected("image/jpeg", 16, 9),
                inspect(MediaFixtures.image("jpg", 16, 9), "image/jpeg", "photo.JPEG"));
        assertEquals(
                new MediaInspector.Inspected("image/gif", 3, 4),
                inspect(MediaFixtures.image("gif", 3, 4), "application/octet-stream", "x.gif"));
    }

    @Test
    void otherAcceptedTypesAreKnownByTheirBytes() throws Exception {
        assertEquals("application/pdf", inspect(MediaFixtures.pdf(), null, "a.pdf").contentType());
        assertEquals("video/mp4", inspect(MediaFixtures.mp4(64), null, "clip.mp4").contentType());
        MediaInspector.Inspected svg =
                inspect(MediaFixtures.svg("<rect width=\"5\"/>"), null, null);
        assertEquals(new MediaInspector.Inspected("image/svg+xml", 120, 80), svg);
    }

    @Test
    void aNameOrHeaderTheBytesContradictAndUnknownBytesAre415() {
        byte[] png = MediaFixtures.image("png", 2, 2);
        assertEquals(ProblemType.UNSUPPORTED_MEDIA_TYPE, refusal(png, "image/jpeg", null));
        assertEquals(ProblemType.UNSUPPORTED_MEDIA_TYPE, refusal(png, null, "photo.jpg"));
        byte[] script = "#!/bin/sh\necho hello\n".getBytes(StandardCharsets.UTF_8);
        assertEquals(ProblemType.UNSUPPORTED_MEDIA_TYPE, refusal(script, "image/png", "a.png"));
        assertEquals(
                ProblemType.UNSUPPORTED_MEDIA_TYPE,
                refusal("<html><script>alert(1)</script></html>".getBytes(), null, "x.html"));
    }

    @Test
    void typesOutsideTheSettingAreRefused() throws Exception {
        MediaInspector imagesOnly = new MediaInspector(Set.of("image/png"), 100_000_000);
        Path pdf = Files.write(folder.resolve("a.pdf"), MediaFixtures.pdf());
        ProblemException refused =
                assertThrows(ProblemException.class, () -> imagesOnly.inspect(pdf, null, null));
        assertEquals(ProblemType.UNSUPPORTED_MEDIA_TYPE, refused.type());
        assertTrue(refused.getMessage().contains("image/png"), refused.getMessage());
    }

    @Test
    void svgsThatCouldRunOrLoadAnythingAreRefused() {
        for (String unsafe :
                new String[] {
                    "<script>alert(1)</script>",
                    "<rect onload=\"alert(1)\"/>",
                    "<a href=\"javascript:alert(1)\"><text>x</text></a>",
                    "<image href=\"https://tracker.example/pixel.png\"/>",
                    "<use xmlns:xlink=\"http://www.w3.org/1999/xlink\" xlink:href=\"http://x/#a\"/>",
                    "<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">x</div></foreignObject>",
                    "<style>@import url(https://evil.example/a.css);</style>",
                    "<rect style=\"fill:url(https://evil.example/p)\"/>"
                }) {
            assertEquals(
                    ProblemType.UNSUPPORTED_MEDIA_TYPE,
                    refusal(MediaFixtures.svg(unsafe), null, null),
                    unsafe);
        }
        byte[] laughs =
                ("<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY a \"aaaaaaaaaa\">"
                                + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
                                + "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&b;</text></svg>")
                        .getBytes(StandardCharsets.UTF_8);
        assertEquals(ProblemType.UNSUPPORTED_MEDIA_TYPE, refusal(laughs, null, null));
    }

    @Test
    void anImageDeclaringMorePixelsThanAllowedIsRefusedWithoutDecodingIt() throws Exception {
        assertEquals(
                ProblemType.VALIDATION_FAILED,
                refusal(MediaFixtures.pngDeclaring(60_000, 60_000), null, null));
        assertEquals(
                new MediaInspector.Inspected("image/png", 2_000, 1_000),
                inspect(MediaFixtures.pngDeclaring(2_000, 1_000), null, null));
    }
}
