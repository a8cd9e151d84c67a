package id.kawal.certificate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Where the visible signature block goes on a certificate's page: the lowest free spot to the left of the QR code
 * (bottom-aligned with it), or else the lowest free spot at the left margin above the footer. "Free" means clear of
 * every glyph on the page, of the QR code and inside the inner frame. Sizes in PDF points.
 */
final class SignaturePlacement {

    static final float BLOCK_WIDTH = 220f;
    /** Space kept free between the block and any text, the QR code or the frame. */
    static final float CLEARANCE = 4f;
    static final float QR_GAP = 12f;

    private SignaturePlacement() {
    }

    /** The block's rectangle on {@code page} for a block {@code height} points high. */
    static PDRectangle place(PDDocument document, PDPage page, float height) throws IOException {
        List<PDRectangle> occupied = glyphBoxes(document, page);
        occupied.add(new PDRectangle(CertificateLayout.QR_X, CertificateLayout.QR_Y, CertificateLayout.QR_SIZE,
                CertificateLayout.QR_SIZE));
        PDRectangle media = page.getMediaBox();
        float inset = CertificateLayout.FRAME_INNER_INSET + 6f;
        float lowest = Math.max(inset, CertificateLayout.QR_Y);
        float highest = media.getHeight() / 2f;
        float[] columns = {CertificateLayout.QR_X - QR_GAP - BLOCK_WIDTH, CertificateLayout.FOOTER_X};
        PDRectangle best = null;
        for (float x : columns) {
            for (float y = lowest; y + height <= highest; y += 1f) {
                PDRectangle candidate = new PDRectangle(x, y, BLOCK_WIDTH, height);
                if (isFree(candidate, occupied)) {
                    if (best == null || y < best.getLowerLeftY()) {
                        best = candidate;
                    }
                    break;
                }
            }
        }
        // a page crowded to the bottom: overlap the text rather than fail to sign
        return best != null ? best : new PDRectangle(CertificateLayout.FOOTER_X, lowest, BLOCK_WIDTH, height);
    }

    private static boolean isFree(PDRectangle candidate, List<PDRectangle> occupied) {
        for (PDRectangle box : occupied) {
            boolean overlaps = candidate.getLowerLeftX() - CLEARANCE < box.getUpperRightX()
                    && box.getLowerLeftX() < candidate.getUpperRightX() + CLEARANCE
                    && candidate.getLowerLeftY() - CLEARANCE < box.getUpperRightY()
                    && box.getLowerLeftY() < candidate.getUpperRightY() + CLEARANCE;
            if (overlaps) {
                return false;
            }
        }
        return true;
    }

    /** The boxes (page coordinates, origin lower left) of the glyphs on {@code page}. */
    private static List<PDRectangle> glyphBoxes(PDDocument document, PDPage page) throws IOException {
        List<PDRectangle> boxes = new ArrayList<>();
        float pageHeight = page.getMediaBox().getHeight();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                float size = text.getFontSizeInPt();
                float baseline = pageHeight - text.getY();
                boxes.add(new PDRectangle(text.getX(), baseline - size * 0.25f, Math.max(text.getWidth(), 0.1f),
                        size * 1.05f));
            }
        };
        int index = document.getPages().indexOf(page) + 1;
        stripper.setStartPage(index);
        stripper.setEndPage(index);
        stripper.getText(document);
        return boxes;
    }
}
