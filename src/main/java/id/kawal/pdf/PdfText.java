package id.kawal.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Text made ready to show with a PDFBox font: the one place that measures, cleans and wraps text for every PDF the
 * system makes (certificates and reports). Pure functions: nothing is drawn here.
 * <p>
 * {@link #printable} makes any string safe for {@code showText}: a character the font cannot encode (CJK or emoji
 * for DejaVu Sans, see {@link EmbeddedFonts}) becomes {@value #REPLACEMENT}, a control character (tab, line break,
 * bell...) a space. {@link #wrap} breaks text into lines no wider than a limit, keeping explicit line breaks and
 * cutting a word that is wider than the line by itself; its lines are already printable.
 */
public final class PdfText {

    /** Shown instead of a character the font cannot encode; one per character, also for a surrogate pair. */
    public static final char REPLACEMENT = '?';

    private PdfText() {
    }

    /** Width of {@code text} in points when shown with {@code font} at {@code size}. */
    public static float width(String text, PDFont font, float size) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code text} with every control character replaced by a space and every character {@code font} cannot encode
     * by {@value #REPLACEMENT}; {@code null} gives "". Showing the result with {@code font} never fails.
     */
    public static String printable(String text, PDFont font) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                out.append(' ');
                return;
            }
            String ch = Character.toString(cp);
            out.append(canEncode(font, ch) ? ch : String.valueOf(REPLACEMENT));
        });
        return out.toString();
    }

    /**
     * {@code text} as printable lines (see {@link #printable}) no wider than {@code maxWidth} at {@code size}, filled
     * greedily word by word. Each explicit line break starts a new line (an empty line between two breaks is kept);
     * within a line runs of whitespace collapse to one space and the ends are trimmed. A word wider than
     * {@code maxWidth} is cut into pieces that fit (at least one character per piece). {@code null}, empty or blank
     * text gives no lines.
     */
    public static List<String> wrap(String text, PDFont font, float size, float maxWidth) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.strip().split("\\R", -1)) {
            wrapParagraph(printable(paragraph, font).strip(), font, size, maxWidth, lines);
        }
        return List.copyOf(lines);
    }

    private static void wrapParagraph(String paragraph, PDFont font, float size, float maxWidth, List<String> lines) {
        if (paragraph.isEmpty()) {
            lines.add("");
            return;
        }
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split("\\s+")) {
            for (String piece : cut(word, font, size, maxWidth)) {
                if (line.isEmpty()) {
                    line.append(piece);
                } else if (width(line + " " + piece, font, size) <= maxWidth) {
                    line.append(' ').append(piece);
                } else {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(piece);
                }
            }
        }
        lines.add(line.toString());
    }

    /** {@code word} in pieces no wider than {@code maxWidth}, cut between code points; one piece when it fits. */
    static List<String> cut(String word, PDFont font, float size, float maxWidth) {
        if (width(word, font, size) <= maxWidth) {
            return List.of(word);
        }
        List<String> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        word.codePoints().forEach(cp -> {
            String ch = Character.toString(cp);
            if (!piece.isEmpty() && width(piece + ch, font, size) > maxWidth) {
                pieces.add(piece.toString());
                piece.setLength(0);
            }
            piece.append(ch);
        });
        pieces.add(piece.toString());
        return pieces;
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
