package id.kawal.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts embedded in every PDF the system issues: DejaVu Sans regular and bold (classpath {@code fonts/}, licence
 * in {@code fonts/DejaVu-LICENSE.txt}). They cover Latin including Indonesian text, typographic quotes and dashes,
 * Greek, Cyrillic and many symbols, but not CJK ideographs nor most emoji (the Emoticons block, e.g. 😀, is there).
 * Glyph substitution (GSUB: ligatures, contextual forms) is off: each character is drawn as its own glyph, so text is
 * exactly as wide as {@code PDFont.getStringWidth} says.
 * <p>
 * Fonts are subset-embedded ({@link PDType0Font}, Identity-H), as PDF/A requires. A subset font collects the glyphs
 * a document uses, so it belongs to exactly one document: call {@link #regular(PDDocument)} / {@link #bold(PDDocument)}
 * once per document and never share the result.
 * <p>
 * The font files are read from the jar and parsed once, on first use, and kept in memory (~1.5 MB): parsing
 * DejaVu Sans (cmap, metrics, glyph names) costs several milliseconds, more than the rest of a certificate. The
 * parsed {@link TrueTypeFont}s are shared by all documents and threads, which FontBox 3 supports (it reads tables
 * and glyphs under a lock and PDFBox itself shares fonts this way in its font cache); each document only adds
 * its own subset, built when the document is saved. Thread-safe.
 */
public final class EmbeddedFonts {

    public static final String REGULAR_RESOURCE = "fonts/DejaVuSans.ttf";
    public static final String BOLD_RESOURCE = "fonts/DejaVuSans-Bold.ttf";

    private EmbeddedFonts() {
    }

    /** DejaVu Sans, subset-embedded in {@code document}. */
    public static PDType0Font regular(PDDocument document) {
        return load(document, Files.REGULAR, REGULAR_RESOURCE);
    }

    /** DejaVu Sans Bold, subset-embedded in {@code document}. */
    public static PDType0Font bold(PDDocument document) {
        return load(document, Files.BOLD, BOLD_RESOURCE);
    }

    private static PDType0Font load(PDDocument document, TrueTypeFont font, String name) {
        try {
            // PDFBox does not close a TrueTypeFont passed in this way: it stays usable for the next document
            return PDType0Font.load(document, font, true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load font " + name, e);
        }
    }

    /** The parsed font files, read on first use (lazy holder idiom) and never closed. */
    private static final class Files {
        static final TrueTypeFont REGULAR = parse(REGULAR_RESOURCE);
        static final TrueTypeFont BOLD = parse(BOLD_RESOURCE);

        private static TrueTypeFont parse(String resource) {
            try (InputStream in = EmbeddedFonts.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("Font " + resource + " is missing from the classpath");
                }
                TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
                // one glyph per character, exactly as measured by PDFont.getStringWidth (which ignores GSUB);
                // Latin text needs no glyph substitution, and applying it costs ~10% of a certificate
                font.setEnableGsub(false);
                // read the lazily loaded tables now, once, rather than under a lock while rendering
                font.getUnicodeCmapLookup();
                font.getHorizontalMetrics();
                font.getGlyph();
                font.getPostScript();
                font.getNaming();
                font.getOS2Windows();
                return font;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read font " + resource, e);
            }
        }
    }
}
