package id.kawal.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

class CertificateQrCodeTest {

    private static final String URL = "http://localhost:8080/verify/AB12-CD34-EF56-7890";
    private final QrCode qr = new QrCode();

    @Test
    void encodesToASquareMatrixWithoutQuietZone() {
        BitMatrix m = qr.encode(URL);

        assertThat(m.getWidth()).isEqualTo(m.getHeight());
        assertThat((m.getWidth() - 21) % 4).as("QR sizes are 21 + 4k modules").isZero();
        // margin 0: the finder pattern starts right in the corner
        assertThat(m.get(0, 0)).isTrue();
        assertThat(m.get(m.getWidth() - 1, 0)).isTrue();
        assertThat(m.get(0, m.getHeight() - 1)).isTrue();
    }

    @Test
    void drawsVectorRectanglesOnePerHorizontalRunOfDarkModules() throws Exception {
        byte[] pdf = pdfWithQr();

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDPage page = doc.getPage(0);
            assertThat(page.getResources().getXObjectNames()).as("no raster image").isEmpty();
            long rects = new PDFStreamParser(page).parse().stream()
                    .filter(t -> t instanceof Operator op && op.getName().equals("re"))
                    .count();
            assertThat(rects).isEqualTo(runs(qr.encode(URL)));
        }
    }

    @Test
    void drawnCodeDecodesBackToTheText() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdfWithQr())) {
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 150, ImageType.GRAY);
            var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));

            assertThat(new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, true)).getText())
                    .isEqualTo(URL);
        }
    }

    private byte[] pdfWithQr() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(300, 300));
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                qr.draw(cs, URL, 50, 50, 200);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static int runs(BitMatrix m) {
        int runs = 0;
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                if (m.get(x, y) && (x == 0 || !m.get(x - 1, y))) {
                    runs++;
                }
            }
        }
        return runs;
    }
}
