package dev.blogapi.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blogapi.common.error.InvalidRequestException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An old uploads folder, zipped from wherever the writer stood, found by the files' addresses. */
class UploadsArchiveTest {

    @TempDir Path folder;

    private Path zip(String... names) throws Exception {
        Path file = folder.resolve("uploads.zip");
        try (OutputStream out = Files.newOutputStream(file);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(name.getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }

    private static String read(UploadsArchive archive, String address) throws Exception {
        try (InputStream in = archive.open(URI.create(address)).orElseThrow()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void findsFilesBelowTheUploadsFolderWhereverTheZipStarts() throws Exception {
        try (UploadsArchive archive =
                UploadsArchive.open(
                        zip(
                                "2019/05/heron.jpg",
                                "uploads/2019/05/heron-300x200.jpg",
                                "site/content/images/2020/01/b c.png",
                                "2018/05/heron.jpg"))) {
            assertEquals(
                    "2019/05/heron.jpg",
                    read(archive, "https://old.example/wp-content/uploads/2019/05/heron.jpg"));
            assertEquals(
                    "uploads/2019/05/heron-300x200.jpg",
                    read(
                            archive,
                            "https://old.example/wp-content/uploads/2019/05/heron-300x200.jpg"));
            assertEquals(
                    "2018/05/heron.jpg",
                    read(archive, "https://old.example/wp-content/uploads/2018/05/heron.jpg"));
            assertTrue(
                    archive.open(
                                    URI.create(
                                            "https://old.example/wp-content/uploads/2017/05/heron.jpg"))
                            .isEmpty());
            assertTrue(archive.open(URI.create("https://old.example/")).isEmpty());
        }
    }

    @Test
    void aFileThatIsNotAZipIsRefusedNamingTheField() throws Exception {
        Path text = folder.resolve("notes.txt");
        Files.writeString(text, "not a zip");
        InvalidRequestException refused =
                assertThrows(InvalidRequestException.class, () -> UploadsArchive.open(text));
        assertTrue(refused.getMessage().startsWith("archive:"), refused.getMessage());
    }
}
