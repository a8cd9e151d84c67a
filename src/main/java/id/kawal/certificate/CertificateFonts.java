package id.kawal.certificate;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;

import id.kawal.pdf.EmbeddedFonts;
import id.kawal.pdf.PdfText;

/**
 * The fonts of one certificate document. This is the single place that chooses fonts: DejaVu Sans regular and bold,
 * subset-embedded (as PDF/A requires) via {@link EmbeddedFonts}. They show Indonesian text including typographic
 * quotes, dashes and accented letters; what they cannot show (emoji, CJK) is replaced, see
 * {@link PdfText#printable(String, PDFont)}. Create one instance per document, fonts must not be shared between
 * documents.
 */
public final class CertificateFonts {

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
}
