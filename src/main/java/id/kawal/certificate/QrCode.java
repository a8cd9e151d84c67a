package id.kawal.certificate;

import java.io.IOException;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDPageContentStream;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * QR codes drawn as vector graphics: every horizontal run of dark modules becomes one filled rectangle, all
 * rectangles are filled at once, so the code stays sharp at any zoom and no raster image is embedded.
 * Stateless and thread-safe.
 */
public final class QrCode {

    private static final Map<EncodeHintType, Object> HINTS = Map.of(
            EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
            EncodeHintType.MARGIN, 0,
            EncodeHintType.CHARACTER_SET, "UTF-8");

    /**
     * The modules of the QR code for {@code text}: one bit per module, {@code true} = dark, no quiet zone (the
     * caller keeps free space around the code).
     */
    public BitMatrix encode(String text) {
        try {
            // width/height 0: one matrix cell per module
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, HINTS);
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode text as QR code (too long?): " + text, e);
        }
    }

    /**
     * Draws the QR code for {@code text} as a square of side {@code size} whose lower-left corner is at
     * ({@code x}, {@code y}), in the current fill colour of {@code cs}.
     */
    public void draw(PDPageContentStream cs, String text, float x, float y, float size) throws IOException {
        BitMatrix matrix = encode(text);
        int modules = matrix.getWidth();
        float module = size / modules;
        boolean any = false;
        for (int row = 0; row < matrix.getHeight(); row++) {
            float rowY = y + size - (row + 1) * module; // row 0 is the top row
            int col = 0;
            while (col < modules) {
                if (!matrix.get(col, row)) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < modules && matrix.get(col, row)) {
                    col++;
                }
                cs.addRect(x + start * module, rowY, (col - start) * module, module);
                any = true;
            }
        }
        if (any) {
            cs.fill();
        }
    }
}
