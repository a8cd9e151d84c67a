package id.kawal.document;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A small PNG of a document for the pages that show evidence: an image scaled down, the first page of a PDF rendered
 * by PDFBox; Office files have none. Documents never change, so a preview is rendered once per node and kept in a
 * bounded cache by document id; a file that cannot be rendered (damaged, encrypted, absurdly large) has no preview,
 * and that answer is cached too, so a broken file is not parsed again on every page view.
 */
@Component
class DocumentPreviews {

    static final Set<String> PREVIEWABLE = Set.of("application/pdf", "image/png", "image/jpeg");
    /** Widest preview, in pixels. */
    static final int MAX_WIDTH = 800;
    /** Tallest preview, in pixels: a PDF page or image more than this tall at {@link #MAX_WIDTH} is cut off. */
    static final int MAX_HEIGHT = 2_400;
    static final float MAX_DPI = 96;
    /** A PDF page with a side longer than this (in points; 200 inches) is not rendered. */
    static final float MAX_PAGE_SIDE = 14_400;
    /** An image with more pixels than this is read subsampled, so decoding costs a bounded amount of memory. */
    static final long MAX_SOURCE_PIXELS = 4_000L * 4_000;
    /** Main memory PDFBox may use for one document's streams. */
    static final long PDF_MEMORY = 64L * 1024 * 1024;
    /** The cache's weight in bytes of PNG (a page preview is some 50-300 kB: a few hundred previews). */
    static final long CACHE_BYTES = 32L * 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(DocumentPreviews.class);
    private static final byte[] NONE = new byte[0];
    /** Renders at once, in all: a page full of thumbnails of new documents queues instead of filling the heap. */
    static final int RENDERS_AT_ONCE = Math.max(1, Runtime.getRuntime().availableProcessors());

    private final Semaphore rendering = new Semaphore(RENDERS_AT_ONCE);

    private final Cache<Long, byte[]> cache = Caffeine.newBuilder()
            .maximumWeight(CACHE_BYTES)
            .weigher((Long id, byte[] png) -> Math.max(1, png.length))
            .recordStats()
            .build();

    static boolean previewable(StoredDocument document) {
        return document.hasPreview();
    }

    /** The document's preview as PNG, empty when it has none; the bytes are fetched only when it is not cached. */
    Optional<byte[]> of(StoredDocument document, Supplier<byte[]> bytes) {
        if (!previewable(document)) {
            return Optional.empty();
        }
        byte[] png = cache.get(document.getId(), id -> {
            rendering.acquireUninterruptibly();
            try {
                return render(document, bytes.get());
            } finally {
                rendering.release();
            }
        });
        return png.length == 0 ? Optional.empty() : Optional.of(png);
    }

    CacheStats stats() {
        return cache.stats();
    }

    private static byte[] render(StoredDocument document, byte[] bytes) {
        try {
            BufferedImage image = document.getContentType().equals("application/pdf") ? firstPage(bytes) : image(bytes);
            return image == null ? NONE : png(fit(image));
        } catch (IOException | RuntimeException e) {
            // a damaged or encrypted file is the uploader's business, not a server error: the page shows no preview
            log.info("No preview of document {}: {}", document.getId(), e.toString());
            return NONE;
        }
    }

    private static BufferedImage firstPage(byte[] bytes) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes, "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(PDF_MEMORY).streamCache)) {
            if (pdf.getNumberOfPages() == 0) {
                return null;
            }
            PDRectangle box = pdf.getPage(0).getCropBox();
            float width = box.getWidth();
            float height = box.getHeight();
            if (width <= 0 || height <= 0 || width > MAX_PAGE_SIDE || height > MAX_PAGE_SIDE) {
                return null;
            }
            float dpi = Math.min(MAX_DPI, MAX_WIDTH * 72f / width);
            if (height / 72f * dpi > MAX_HEIGHT * 4) {
                return null;
            }
            return new PDFRenderer(pdf).renderImageWithDPI(0, dpi, ImageType.RGB);
        }
    }

    private static BufferedImage image(byte[] bytes) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                ImageReadParam param = reader.getDefaultReadParam();
                int step = (int) Math.ceil(Math.sqrt((double) pixels / MAX_SOURCE_PIXELS));
                if (step > 1) {
                    param.setSourceSubsampling(step, step, 0, 0);
                }
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        }
    }

    /** Scaled to at most {@link #MAX_WIDTH} wide, cut at {@link #MAX_HEIGHT}, on white (a transparent PNG stays readable). */
    static BufferedImage fit(BufferedImage source) {
        double scale = Math.min(1.0, (double) MAX_WIDTH / source.getWidth());
        int width = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int fullHeight = Math.max(1, (int) Math.round(source.getHeight() * scale));
        int height = Math.min(MAX_HEIGHT, fullHeight);
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(source, 0, 0, width, fullHeight, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("No PNG writer");
        }
        return out.toByteArray();
    }
}
