package id.kawal.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.assertj.core.api.Assertions;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

class CertificateRendererTest {

    static final String TITLE = "SIAP KAWAL: Sistem Informasi, Dokumentasi dan Publikasi Kegiatan Wali Kota";
    static final String LONG_TITLE = "Akselerasi Transformasi Digital Pelayanan Publik melalui Integrasi Sistem "
            + "Informasi Perencanaan, Penganggaran, Pelaksanaan, Pemantauan dan Evaluasi Kinerja Perangkat Daerah "
            + "Berbasis Data Terpadu untuk Mewujudkan Tata Kelola Pemerintahan yang Bersih, Efektif, Transparan, "
            + "Akuntabel dan Berorientasi pada Kepuasan Masyarakat di Lingkungan Pemerintah Kota Pekalongan Tahun "
            + "Anggaran Dua Ribu Dua Puluh Lima sebagai Proyek Percontohan Zonasi";

    private final CertificateRenderer renderer = new CertificateRenderer();

    static CertificateContent sample() {
        return sample(TITLE, "Dr. Siti Rahayu, S.Kom., M.T.");
    }

    static CertificateContent sample(String title, String holder) {
        return new CertificateContent("AB12-CD34-EF56", "STTPP", holder, "197806152005012003",
                "Kepala Bidang IKP", "Dinas Komunikasi dan Informatika",
                "Pelatihan Kepemimpinan Administrator (PKA) Angkatan I Tahun 2025", title, "Sangat Memuaskan",
                LocalDate.of(2025, 6, 17), "Ir. Bambang Sutrisno, M.Si.", "Kepala BKPSDM",
                "http://localhost:8080/verify/AB12-CD34-EF56");
    }

    @Test
    void producesASingleLandscapeA4Page() throws IOException {
        try (PDDocument doc = Loader.loadPDF(renderer.render(sample()))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            PDPage page = doc.getPage(0);
            assertThat(page.getRotation()).isZero();
            assertThat(page.getMediaBox().getWidth()).isCloseTo(841.89f, Offset.offset(0.5f));
            assertThat(page.getMediaBox().getHeight()).isCloseTo(595.28f, Offset.offset(0.5f));
        }
    }

    @Test
    void printsHolderSerialTitlePredicateAndIndonesianIssueDate() throws IOException {
        String text = text(renderer.render(sample()));

        assertThat(text).contains(
                "SURAT TANDA TAMAT PENDIDIKAN DAN PELATIHAN",
                "(STTPP)",
                "Nomor: AB12-CD34-EF56",
                "Dr. Siti Rahayu, S.Kom., M.T.",
                "NIP 197806152005012003",
                "Kepala Bidang IKP",
                "Dinas Komunikasi dan Informatika",
                "Pelatihan Kepemimpinan Administrator (PKA) Angkatan I Tahun 2025",
                "“" + TITLE + "”",
                "dinyatakan LULUS dengan predikat",
                "Sangat Memuaskan",
                "Diterbitkan 17 Juni 2025 oleh Ir. Bambang Sutrisno, M.Si., Kepala BKPSDM",
                "http://localhost:8080/verify/AB12-CD34-EF56");
        assertThat(text).doesNotContain("[(", "${");
    }

    @Test
    void qrCodeOnThePageDecodesToTheVerificationUrl() throws Exception {
        try (PDDocument doc = Loader.loadPDF(renderer.render(sample()))) {
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 200, ImageType.GRAY);
            var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(page)));

            String decoded = new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, true)).getText();

            assertThat(decoded).isEqualTo("http://localhost:8080/verify/AB12-CD34-EF56");
            assertThat(doc.getPage(0).getResources().getXObjectNames()).as("QR is vector, not an image").isEmpty();
        }
    }

    @Test
    void longActionPlanTitleWrapsOntoSeveralLinesAndKeepsAllItsWords() throws IOException {
        byte[] pdf = renderer.render(sample(LONG_TITLE, "Dr. Siti Rahayu, S.Kom., M.T."));
        String text = text(pdf);
        List<String> lines = text.lines().toList();

        assertThat(normalize(text)).contains(normalize("“" + LONG_TITLE + "”"));
        int first = indexOfLineContaining(lines, "“Akselerasi");
        int last = indexOfLineContaining(lines, "Zonasi”");
        assertThat(last - first).as("title lines").isGreaterThanOrEqualTo(2);
        assertThat(text).contains("Sangat Memuaskan", "Keaslian dokumen ini dapat diperiksa di");
        assertGlyphsInsideFrameAndClearOfQrCode(pdf);
    }

    @Test
    void regularCertificateStaysInsideTheFrameAndClearOfTheQrCode() throws IOException {
        assertGlyphsInsideFrameAndClearOfQrCode(renderer.render(sample()));
    }

    @Test
    void renderingTheSameContentTwiceGivesIdenticalBytes() {
        byte[] first = renderer.render(sample());
        byte[] second = renderer.render(sample());
        byte[] otherInstance = new CertificateRenderer().render(sample());

        assertThat(second).isEqualTo(first);
        assertThat(otherInstance).isEqualTo(first);
    }

    @Test
    void documentIdIsDerivedFromTheSerial() throws IOException {
        CertificateContent a = sample();
        CertificateContent b = new CertificateContent("ZZ99-0000-0001", a.kind(), a.holderName(), a.holderNip(),
                a.position(), a.agency(), a.programme(), a.actionPlanTitle(), a.predicate(), a.issuedOn(),
                a.issuerName(), a.issuerTitle(), a.verifyUrl());

        byte[] idA = documentId(renderer.render(a));
        byte[] idB = documentId(renderer.render(b));

        assertThat(idA).hasSize(16);
        assertThat(idB).isNotEqualTo(idA);
    }

    @Test
    void setsDocumentInformation() throws IOException {
        try (PDDocument doc = Loader.loadPDF(renderer.render(sample()))) {
            PDDocumentInformation info = doc.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("STTPP AB12-CD34-EF56");
            assertThat(info.getAuthor()).isEqualTo("Ir. Bambang Sutrisno, M.Si.");
            assertThat(info.getSubject()).contains("Pelatihan Kepemimpinan Administrator", "Dr. Siti Rahayu");
            assertThat(info.getCreationDate().toInstant())
                    .isEqualTo(LocalDate.of(2025, 6, 17).atStartOfDay(ZoneId.of("Asia/Jakarta")).toInstant());
        }
    }

    @Test
    void charactersTheFontCannotEncodeArePrintedAsQuestionMarks() throws IOException {
        // DejaVu Sans has no CJK and only a few emoji (😀 yes, 🚀 and 🎓 no)
        String text = text(renderer.render(sample("Aksi 🚀 Perubahan 東京", "Siti Rahayu 🎓")));

        assertThat(text).contains("“Aksi ? Perubahan ??”", "Siti Rahayu ?");
    }

    @Test
    void indonesianTextWithTypographicQuotesDashesAndAccentsIsPrintedAsWritten() throws IOException {
        String title = "Penerapan ‘Kampung Batik’ – Café Sénopati, Kraton Kidul № 5 … 25 °C";
        String holder = "Ir. Stéfanus Ñugroho, M.Sc.";

        String text = text(renderer.render(sample(title, holder)));

        assertThat(text).contains("“" + title + "”", holder);
    }

    @Test
    void fontsAreEmbeddedDejaVuSans() throws IOException {
        try (PDDocument doc = Loader.loadPDF(renderer.render(sample()))) {
            var resources = doc.getPage(0).getResources();
            List<String> names = new ArrayList<>();
            for (var name : resources.getFontNames()) {
                var font = resources.getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                names.add(font.getName().substring(font.getName().indexOf('+') + 1));
            }
            assertThat(names).containsExactlyInAnyOrder("DejaVuSans", "DejaVuSans-Bold");
        }
    }

    @Test
    void lineBreaksAndTabsInValuesDoNotBreakTheLayout() throws IOException {
        String text = text(renderer.render(sample("Judul\nbaris dua\r\n\tbaris tiga", "Siti\nRahayu")));

        assertThat(text).contains("“Judul baris dua baris tiga”", "Siti Rahayu");
    }

    @Test
    void contentRequiresEveryField() {
        assertThatNullPointerException()
                .isThrownBy(() -> new CertificateContent("S", "STTPP", null, "197806152005012003", "p", "a", "pr",
                        "t", "pred", LocalDate.of(2025, 6, 17), "i", "it", "http://x/verify/S"))
                .withMessage("holderName");
        assertThatNullPointerException()
                .isThrownBy(() -> new CertificateContent("S", "STTPP", "h", "197806152005012003", "p", "a", "pr",
                        "t", "pred", null, "i", "it", "http://x/verify/S"))
                .withMessage("issuedOn");
    }

    @Test
    void writesSampleForVisualInspection() throws IOException {
        Path dir = Path.of("target", "certificate-samples");
        Files.createDirectories(dir);
        Files.write(dir.resolve("sttpp-sample.pdf"), renderer.render(sample()));
        Files.write(dir.resolve("sttpp-long-title.pdf"), renderer.render(sample(LONG_TITLE, "Dr. Siti Rahayu, S.Kom., M.T.")));
    }

    // ---------------------------------------------------------------------------------------------------- helpers

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static String normalize(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static int indexOfLineContaining(List<String> lines, String needle) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i;
            }
        }
        throw new AssertionError("no line contains " + needle + " in " + lines);
    }

    private static byte[] documentId(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            COSArray ids = doc.getDocument().getTrailer().getCOSArray(COSName.ID);
            assertThat(ids).isNotNull();
            byte[] first = ((COSString) ids.getObject(0)).getBytes();
            assertThat(((COSString) ids.getObject(1)).getBytes()).isEqualTo(first);
            return Arrays.copyOf(first, first.length);
        }
    }

    /** Every glyph lies within the inner frame and none touches the QR code square. */
    private static void assertGlyphsInsideFrameAndClearOfQrCode(byte[] pdf) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper collector = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                glyphs.add(text);
                super.processTextPosition(text);
            }
        };
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            collector.getText(doc);
        }
        assertThat(glyphs).isNotEmpty();
        float inner = CertificateLayout.FRAME_INNER_INSET;
        for (TextPosition g : glyphs) {
            float left = g.getX();
            float right = g.getX() + g.getWidth();
            float baseline = CertificateLayout.PAGE_HEIGHT - g.getY();
            float top = baseline + g.getFontSizeInPt() * 0.75f;
            float bottom = baseline - g.getFontSizeInPt() * 0.25f;
            String what = "'" + g.getUnicode() + "' at " + left + "," + baseline;
            assertThat(left).as(what).isGreaterThan(inner);
            assertThat(right).as(what).isLessThan(CertificateLayout.PAGE_WIDTH - inner);
            assertThat(bottom).as(what).isGreaterThan(inner);
            assertThat(top).as(what).isLessThan(CertificateLayout.PAGE_HEIGHT - inner);
            boolean overlapsQr = right > CertificateLayout.QR_X
                    && left < CertificateLayout.QR_X + CertificateLayout.QR_SIZE
                    && top > CertificateLayout.QR_Y
                    && bottom < CertificateLayout.QR_Y + CertificateLayout.QR_SIZE;
            assertThat(overlapsQr).as(what + " overlaps the QR code").isFalse();
        }
    }

    @Test
    void aCompetitionPiagamNamesTheOpdTheInnovationAndTheAward() throws Exception {
        CertificateContent piagam = new CertificateContent("7KQ2-M9XD-3HVA-TB6W-PC1Z", "PIAGAM", "RSUD Bendan", "", "",
                "RSUD Bendan", "Layanan Inovasi Daerah 2023", "JEMPOL (JEMbatan Pembayaran OnLine)", "Juara 1",
                LocalDate.of(2024, 3, 20), "Bappeda Kota Pekalongan", "Kepala", "http://localhost:8080/verify/7KQ2-M9XD-3HVA-TB6W-PC1Z");
        try (var pdf = Loader.loadPDF(new CertificateRenderer().render(piagam))) {
            String text = new PDFTextStripper().getText(pdf);
            Assertions.assertThat(text).contains("PIAGAM PENGHARGAAN").contains("RSUD Bendan")
                    .contains("JEMPOL").contains("Juara 1").contains("Layanan Inovasi Daerah 2023").doesNotContain("NIP");
        }
    }

    @Test
    void anUnknownKindOfCertificateIsRefused() {
        CertificateContent odd = new CertificateContent("7KQ2-M9XD-3HVA-TB6W-PC1Z", "SERTIFIKAT-LAIN", "x", "", "", "x",
                "x", "x", "x", LocalDate.of(2024, 3, 20), "x", "x", "http://localhost/verify/x");
        Assertions.assertThatThrownBy(() -> new CertificateRenderer().render(odd))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
