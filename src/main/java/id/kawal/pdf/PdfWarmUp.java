package id.kawal.pdf;

import java.io.IOException;
import java.util.Calendar;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * Makes one throw-away PDF/A page the way Kawal makes every document: both embedded fonts subset, the XMP metadata
 * and the sRGB output intent, saved. Its first run loads and initialises PDFBox and parses the two font files (kept
 * for every later document), so the first real document no longer pays for them; a certificate's own layout, QR code
 * and signature are still cold then (its first costs about 1.2 s, against 0.23 s warm, on two cores with C1 only).
 */
public final class PdfWarmUp {

    private PdfWarmUp() {
    }

    /** Returns the size of the page made, in bytes. */
    public static int run() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(EmbeddedFonts.bold(document), 14);
                content.newLineAtOffset(72, 700);
                content.showText("Kawal");
                content.setFont(EmbeddedFonts.regular(document), 11);
                content.newLineAtOffset(0, -20);
                content.showText("Pemanasan: dokumen ini tidak disimpan.");
                content.endText();
            }
            PdfA.makePdfA2b(document, new PdfA.DocumentMeta("Kawal", PdfA.PRODUCER, "warm-up", "warm-up",
                    Calendar.getInstance()));
            return PdfA.save(document).length;
        }
    }
}
