package org.probity.reports.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes an opaque RGB picture as a PNG file quickly: every row with the "Up" filter and the
 * fastest compression. A chart's rows mostly repeat the row above, which the filter turns into
 * runs of zeros, so the file is as small as the general PNG writer's at a third of its time (that
 * writer tries every filter on every row). The PDF embeds the compressed rows as they are.
 */
final class Png {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private Png() {
    }

    /** {@code image} must be {@link BufferedImage#TYPE_INT_RGB}. */
    static byte[] encode(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("Only RGB pictures are written, not type " + image.getType());
        }
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        try {
            ByteArrayOutputStream file = new ByteArrayOutputStream(64 * 1024);
            file.write(SIGNATURE);
            ByteArrayOutputStream header = new ByteArrayOutputStream(13);
            DataOutputStream h = new DataOutputStream(header);
            h.writeInt(width);
            h.writeInt(height);
            h.writeByte(8); // bits per sample
            h.writeByte(2); // colour type: RGB
            h.writeByte(0); // compression: deflate
            h.writeByte(0); // filtering: adaptive, one filter per row
            h.writeByte(0); // no interlacing
            chunk(file, "IHDR", header.toByteArray());
            chunk(file, "IDAT", rows(pixels, width, height));
            chunk(file, "IEND", new byte[0]);
            return file.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] rows(int[] pixels, int width, int height) throws IOException {
        ByteArrayOutputStream data = new ByteArrayOutputStream(64 * 1024);
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try (DeflaterOutputStream z = new DeflaterOutputStream(data, deflater, 64 * 1024)) {
            byte[] row = new byte[1 + width * 3];
            row[0] = 2; // Up: each byte less the same byte of the pixel above (none above the first row)
            for (int y = 0; y < height; y++) {
                int offset = y * width;
                for (int x = 0, i = 1; x < width; x++, i += 3) {
                    int p = pixels[offset + x];
                    int above = y == 0 ? 0 : pixels[offset - width + x];
                    row[i] = (byte) ((p >> 16) - (above >> 16));
                    row[i + 1] = (byte) ((p >> 8) - (above >> 8));
                    row[i + 2] = (byte) (p - above);
                }
                z.write(row);
            }
        } finally {
            deflater.end();
        }
        return data.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream file, String type, byte[] content) throws IOException {
        DataOutputStream out = new DataOutputStream(file);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeInt(content.length);
        out.write(name);
        out.write(content);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(content);
        out.writeInt((int) crc.getValue());
    }
}
