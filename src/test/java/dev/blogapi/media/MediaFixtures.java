package dev.blogapi.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Small files of each accepted type, made in the test rather than committed. */
public final class MediaFixtures {

    private MediaFixtures() {}

    /** A real image of {@code width}×{@code height}, written by the JDK ("png", "jpg", "gif"). */
    public static byte[] image(String format, int width, int height) {
        return image(format, width, height, 0);
    }

    /**
     * A PNG no other call gives (one pixel's colour is random): a test that needs a new file cannot
     * meet one another test stored with the same dimensions.
     */
    public static byte[] uniquePng(int width, int height) {
        return image("png", width, height, 1 + RANDOM.nextInt(0xfffffe));
    }

    private static final java.util.Random RANDOM = new java.security.SecureRandom();

    private static byte[] image(String format, int width, int height, int mark) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < width; x++) {
            image.setRGB(x, x % height, 0x3366cc + x);
        }
        if (mark != 0) {
            image.setRGB(width - 1, height - 1, mark);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    /**
     * A PNG whose header declares {@code width}×{@code height} but holds almost nothing: what a
     * decompression bomb looks like to anything that reads only the header.
     */
    public static byte[] pngDeclaring(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteBuffer header = ByteBuffer.allocate(13);
        header.putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0);
        header.put((byte) 0).put((byte) 0);
        chunk(out, "IHDR", header.array());
        chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        ByteBuffer length = ByteBuffer.allocate(4).putInt(data.length);
        out.writeBytes(length.array());
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(name);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    /** The start of an MP4 (an ftyp box) followed by {@code size} bytes of payload. */
    public static byte[] mp4(int size) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {0, 0, 0, 0x18});
        out.writeBytes("ftypmp42".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[] {0, 0, 0, 0});
        out.writeBytes("mp42isom".getBytes(StandardCharsets.US_ASCII));
        ByteBuffer mdat = ByteBuffer.allocate(8).putInt(size + 8);
        out.write(mdat.array(), 0, 4);
        out.writeBytes("mdat".getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < size; i++) {
            out.write(i % 251);
        }
        return out.toByteArray();
    }

    /** A one-page PDF. */
    public static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                        + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                        + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 10 10]>>endobj\n"
                        + "trailer<</Root 1 0 R>>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] svg(String inside) {
        return ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"120\" height=\"80\">"
                        + inside
                        + "</svg>")
                .getBytes(StandardCharsets.UTF_8);
    }
}
