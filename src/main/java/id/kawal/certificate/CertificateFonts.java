package id.kawal.certificate;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;

import id.kawal.pdf.EmbeddedFonts;

/**
 * The fonts of one certificate document. This is the single place that chooses fonts: DejaVu Sans regular and bold,
 * subset-embedded (as PDF/A requires) via {@link EmbeddedFonts}. They show Indonesian text including typographic
 * quotes, dashes and accented letters; what they cannot show (emoji, CJK) is replaced, see
 * {@link #replaceUnencodable(String, PDFont)}. Create one instance per document, fonts must not be shared between
 * documents.
 */
public final class CertificateFonts {

    /** Replacement for characters the font cannot encode. */
    public static final char REPLACEMENT = '?';

    private final PDFont regular;
    private final PDFont bold;

    private CertificateFonts(PDFont regular, PDFont bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /** The fonts to use in {@code document}. */
    public static CertificateFonts forDocument(PDDocument document) {
        return new CertificateFonts(EmbeddedFonts.regular(document), EmbeddedFonts.bold(document));
    }

    public PDFont regular() {
        return regular;
    }

    public PDFont bold() {
        return bold;
    }

    public PDFont of(boolean isBold) {
        return isBold ? bold : regular;
    }

    /**
     * {@code text} with every character that {@code font} cannot encode (e.g. emoji or CJK, for which DejaVu Sans
     * has no glyphs, but also control characters such as tabs) replaced by {@value #REPLACEMENT}. A supplementary character (surrogate
     * pair) becomes a single replacement character. Showing the result with {@code font} never fails.
     */
    public static String replaceUnencodable(String text, PDFont font) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            out.append(canEncode(font, ch) ? ch : String.valueOf(REPLACEMENT));
        });
        return out.toString();
    }

    private static boolean canEncode(PDFont font, String ch) {
        try {
            font.encode(ch);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
