package id.kawal.certificate;

import java.awt.Color;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

import id.kawal.pdf.PdfText;

/**
 * Geometry of the certificate page (all lengths in PDF points, origin at the lower left) and the text styles the
 * template may use. The words themselves come from the template, see {@link CertificateRenderer}; text is cleaned and wrapped by
 * {@link PdfText}.
 *
 * <pre>
 *  +=====================================================+  double frame
 *  |                  TITLE                              |
 *  |                  body lines, centred horizontally,  |
 *  |                  the block centred vertically       |
 *  |                  ...                                |
 *  |  footer lines (left)                       +----+   |
 *  |  footer lines (left)                       | QR |   |
 *  +=====================================================+
 * </pre>
 */
public final class CertificateLayout {

    private CertificateLayout() {
    }

    /** A4 landscape. */
    public static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    public static final float PAGE_WIDTH = PAGE.getWidth();
    public static final float PAGE_HEIGHT = PAGE.getHeight();

    // ---- frame: a thick outer and a thin inner rectangle
    public static final float FRAME_OUTER_INSET = 22f;
    public static final float FRAME_OUTER_LINE = 2.4f;
    public static final float FRAME_INNER_INSET = 29f;
    public static final float FRAME_INNER_LINE = 0.8f;
    public static final Color FRAME_COLOR = new Color(0x1F, 0x3A, 0x5F);

    // ---- QR code in the bottom-right corner (lower-left corner at QR_X, QR_Y)
    public static final float QR_SIZE = 90f;
    public static final float QR_X = PAGE_WIDTH - 58f - QR_SIZE;
    public static final float QR_Y = 50f;

    // ---- footer: small left-aligned lines, bottom line level with the bottom of the QR code
    public static final float FOOTER_X = 58f;
    public static final float FOOTER_BASELINE = QR_Y + 2f;
    public static final float FOOTER_MAX_WIDTH = QR_X - 24f - FOOTER_X;

    // ---- body: centred lines between BODY_TOP and the top of the QR code / footer; the block is centred
    // vertically in that space and shrinks (see SCALE_STEP) when it does not fit
    public static final float BODY_MARGIN_X = 96f;
    public static final float BODY_MAX_WIDTH = PAGE_WIDTH - 2 * BODY_MARGIN_X;
    /** The title may use (almost) the whole width inside the frame. */
    public static final float TITLE_MAX_WIDTH = PAGE_WIDTH - 2 * 60f;
    public static final float BODY_TOP = PAGE_HEIGHT - 62f;
    /** Free space kept between the body and the QR code / footer. */
    public static final float BODY_BOTTOM_CLEARANCE = 14f;

    /** Line advance as a multiple of the font size. */
    public static final float LEADING = 1.42f;
    /** Height of a {@code gap} line (at scale 1). */
    public static final float GAP_HEIGHT = 16f;
    /** When the body does not fit, its font sizes and gaps shrink by this step, down to {@link #MIN_SCALE}. */
    public static final float SCALE_STEP = 0.05f;
    public static final float MIN_SCALE = 0.6f;

    public static final Color TEXT_COLOR = new Color(0x1A, 0x1A, 0x1A);
    public static final Color LABEL_COLOR = new Color(0x66, 0x66, 0x66);

    /** CENTER: centred on the page; LEFT: starting at {@link #FOOTER_X}. */
    public enum Align { CENTER, LEFT }

    /** Styles usable in the template as {@code style|text}; the template name is the lower-case constant name. */
    public enum Style {
        /** 24 pt: the STTPP title in DejaVu Sans Bold (699 pt wide) then fits on one line. */
        TITLE(true, 24f, Align.CENTER, TEXT_COLOR, TITLE_MAX_WIDTH),
        SUBTITLE(false, 14f, Align.CENTER, TEXT_COLOR, BODY_MAX_WIDTH),
        LABEL(false, 11f, Align.CENTER, LABEL_COLOR, BODY_MAX_WIDTH),
        NAME(true, 22f, Align.CENTER, TEXT_COLOR, BODY_MAX_WIDTH),
        BODY(false, 12f, Align.CENTER, TEXT_COLOR, BODY_MAX_WIDTH),
        EMPHASIS(true, 14f, Align.CENTER, TEXT_COLOR, BODY_MAX_WIDTH),
        /** Vertical space of {@link #GAP_HEIGHT}; its text is ignored. */
        GAP(false, 0f, Align.CENTER, TEXT_COLOR, 0f),
        /** Placed in the footer area at the bottom left, not in the body flow. */
        FOOTER(false, 9f, Align.LEFT, LABEL_COLOR, FOOTER_MAX_WIDTH);

        public final boolean bold;
        public final float fontSize;
        public final Align align;
        public final Color color;
        /** Lines of this style wrap at this width; centred lines are centred on the page. */
        public final float maxWidth;

        Style(boolean bold, float fontSize, Align align, Color color, float maxWidth) {
            this.bold = bold;
            this.fontSize = fontSize;
            this.align = align;
            this.color = color;
            this.maxWidth = maxWidth;
        }

        /** The style named {@code name} in the template, e.g. "title". */
        public static Style fromTemplateName(String name) {
            try {
                return valueOf(name.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Unknown certificate text style '" + name + "'", e);
            }
        }
    }

    /** Width of {@code text} in points when shown with {@code font} at {@code fontSize}, see {@link PdfText#width}. */
    public static float width(String text, PDFont font, float fontSize) {
        return PdfText.width(text, font, fontSize);
    }
}
