package dev.blogapi.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;

/** Filenames, Content-Disposition and Range, read as the RFCs say. */
class MediaValuesTest {

    @Test
    void filenamesAreSafeAndCarryTheRealTypesExtension() {
        assertEquals(
                "my-holiday-photo.jpg",
                MediaNames.filename("My Holiday Photo!.JPEG", "image/jpeg"));
        assertEquals("cafe-creme.png", MediaNames.filename("../../Café crème.png", "image/png"));
        assertEquals("file.pdf", MediaNames.filename("日本.pdf", "application/pdf"));
        assertEquals("file.svg", MediaNames.filename(null, "image/svg+xml"));
        assertEquals("image/jpeg", MediaNames.typeClaimedBy("a.jpeg"));
        assertEquals(null, MediaNames.typeClaimedBy("README"));
    }

    @Test
    void contentDispositionGivesTheExtendedNameFirst() {
        assertEquals("a b.png", ContentDisposition.filename("attachment; filename=\"a b.png\""));
        assertEquals("plain.gif", ContentDisposition.filename("inline; filename=plain.gif"));
        assertEquals(
                "café.png",
                ContentDisposition.filename(
                        "attachment; filename=\"cafe.png\"; filename*=UTF-8''caf%C3%A9.png"));
        assertEquals(null, ContentDisposition.filename("attachment"));
    }

    @Test
    void rangesAreOneSatisfiableRangeOrTheWholeFile() {
        assertEquals(new ByteRange.Part(new ByteRange(0, 99)), ByteRange.of("bytes=0-99", 1000));
        assertEquals(new ByteRange.Part(new ByteRange(900, 999)), ByteRange.of("bytes=900-", 1000));
        assertEquals(new ByteRange.Part(new ByteRange(950, 999)), ByteRange.of("bytes=-50", 1000));
        assertEquals(
                new ByteRange.Part(new ByteRange(990, 999)), ByteRange.of("bytes=990-5000", 1000));
        assertInstanceOf(ByteRange.Unsatisfiable.class, ByteRange.of("bytes=1000-", 1000));
        assertInstanceOf(ByteRange.Whole.class, ByteRange.of("bytes=0-1,5-6", 1000));
        assertInstanceOf(ByteRange.Whole.class, ByteRange.of("lines=1-2", 1000));
        assertInstanceOf(ByteRange.Whole.class, ByteRange.of(null, 1000));
        assertInstanceOf(ByteRange.Whole.class, ByteRange.of("bytes=5-2", 1000));
    }
}
