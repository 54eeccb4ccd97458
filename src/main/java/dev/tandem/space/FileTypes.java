package dev.tandem.space;

import java.awt.Image;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.tika.Tika;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * What an uploaded file is, read from its first bytes (Apache Tika's magic), never from its name or the type the
 * browser claims; and a small PNG thumbnail of an image. An image too large to decode safely gets no thumbnail.
 */
@Component
class FileTypes {

    static final int THUMBNAIL_SIZE = 320;
    private static final long MAX_PIXELS = 40_000_000L;
    private static final Set<String> IMAGES = Set.of("image/png", "image/jpeg", "image/gif", "image/bmp");

    // Made on the first upload: Tika reads its table of types, which start-up need not wait for.
    private final SingletonSupplier<Tika> tika = SingletonSupplier.of(Tika::new);

    String detect(byte[] content) {
        return tika.obtain().detect(content);
    }

    byte @Nullable [] thumbnail(byte[] content, String mediaType) {
        if (!IMAGES.contains(mediaType)) {
            return null;
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            var readers = ImageIO.getImageReaders(in);
            if (in == null || !readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels <= 0 || pixels > MAX_PIXELS) {
                    return null;
                }
                return scaled(reader.read(0));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static byte[] scaled(BufferedImage image) throws IOException {
        double scale = Math.min(1.0, (double) THUMBNAIL_SIZE / Math.max(image.getWidth(), image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
        var thumb = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        var g = thumb.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image.getScaledInstance(width, height, Image.SCALE_SMOOTH), 0, 0, null);
        } finally {
            g.dispose();
        }
        var out = new ByteArrayOutputStream();
        ImageIO.write(thumb, "png", out);
        return out.toByteArray();
    }
}
