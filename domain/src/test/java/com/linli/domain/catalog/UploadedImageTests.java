package com.linli.domain.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class UploadedImageTests {

    @Test
    void pngIsKeptAsItIsWithASmallJpegThumbnail() throws IOException {
        var png = image(1200, 600, "png");

        var uploaded = UploadedImage.decode(png);

        assertThat(uploaded.contentType()).isEqualTo("image/png");
        assertThat(uploaded.original()).isEqualTo(png);
        assertThat(uploaded.checksum()).hasSize(64);
        var thumbnail = ImageIO.read(new ByteArrayInputStream(uploaded.thumbnail()));
        assertThat(thumbnail.getWidth()).isEqualTo(UploadedImage.THUMBNAIL_SIZE);
        assertThat(thumbnail.getHeight()).isEqualTo(UploadedImage.THUMBNAIL_SIZE / 2);
    }

    @Test
    void smallImagesAreNotEnlarged() throws IOException {
        var thumbnail = ImageIO.read(new ByteArrayInputStream(UploadedImage.decode(image(40, 30, "jpeg")).thumbnail()));

        assertThat(thumbnail.getWidth()).isEqualTo(40);
    }

    @Test
    void textNamedLikeAnImageIsRefused() {
        assertRefused("not a picture".getBytes(StandardCharsets.UTF_8), "product.image.not-an-image");
    }

    @Test
    void truncatedImageIsRefused() throws IOException {
        var png = image(200, 200, "png");

        assertRefused(Arrays.copyOf(png, 60), "product.image.not-an-image");
    }

    @Test
    void imagesOfOtherFormatsAreRefused() throws IOException {
        assertRefused(image(20, 20, "bmp"), "product.image.unsupported");
    }

    @Test
    void moreThanFiveMegabytesIsRefused() {
        assertRefused(new byte[UploadedImage.MAX_BYTES + 1], "product.image.too-large");
    }

    private static void assertRefused(byte[] bytes, String code) {
        assertThatThrownBy(() -> UploadedImage.decode(bytes))
                .isInstanceOfSatisfying(ImageRefused.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    static byte[] image(int width, int height, String format) throws IOException {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.fillRect(0, 0, width / 2, height / 2);
        graphics.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
