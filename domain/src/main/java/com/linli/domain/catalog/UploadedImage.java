package com.linli.domain.catalog;

import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;

/**
 * An uploaded product image, checked by decoding it (never by its file name) and with a JPEG
 * thumbnail for lists and cards.
 */
public record UploadedImage(String contentType, byte[] original, byte[] thumbnail, String checksum) {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int THUMBNAIL_SIZE = 320;
    /** Decoding needs width × height × 4 bytes: a tiny file may claim to be huge, so look before decoding. */
    static final long MAX_PIXELS = 40_000_000;
    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "png", "image/png", "jpeg", "image/jpeg", "gif", "image/gif");

    /** @throws ImageRefused when it is too large, not an image, or not PNG, JPEG or GIF */
    public static UploadedImage decode(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new ImageRefused("too-large", MAX_BYTES / 1024 / 1024);
        }
        try (var input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            var readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new ImageRefused("not-an-image");
            }
            var reader = readers.next();
            try {
                reader.setInput(input, true, true);
                var contentType = CONTENT_TYPES.get(reader.getFormatName().toLowerCase(Locale.ROOT));
                if (contentType == null) {
                    throw new ImageRefused("unsupported");
                }
                var image = read(reader);
                return new UploadedImage(contentType, bytes.clone(), thumbnail(image), sha256(bytes));
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage read(ImageReader reader) {
        try {
            if ((long) reader.getWidth(0) * reader.getHeight(0) <= MAX_PIXELS) {
                return reader.read(0);
            }
        } catch (IOException | RuntimeException e) {
            // a broken file that only looks like an image at first
            throw new ImageRefused("not-an-image");
        }
        throw new ImageRefused("too-many-pixels");
    }

    /** Fits within {@value #THUMBNAIL_SIZE} px, on white: JPEG has no transparency. */
    private static byte[] thumbnail(BufferedImage image) throws IOException {
        var scale = Math.min(1.0, (double) THUMBNAIL_SIZE / Math.max(image.getWidth(), image.getHeight()));
        var width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        var height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        var thumbnail = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = thumbnail.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.drawImage(image, 0, 0, width, height, Color.WHITE, null);
        } finally {
            graphics.dispose();
        }
        var out = new ByteArrayOutputStream();
        ImageIO.write(thumbnail, "jpeg", out);
        return out.toByteArray();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
