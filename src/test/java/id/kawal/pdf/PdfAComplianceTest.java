package id.kawal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import id.kawal.certificate.CertificateContent;
import id.kawal.certificate.CertificateRenderer;
import id.kawal.report.ResultsReport;
import id.kawal.report.ResultsReportRenderer;

/**
 * Every certificate and report the system issues is PDF/A-2b: validated with veraPDF on real renderer output, plus
 * direct checks of the properties that matter to us (embedded fonts, serial in the XMP, sRGB output intent).
 */
public class PdfAComplianceTest {

    private static final String SERIAL = "AB12-CD34-EF56";
    private static final String PIAGAM_SERIAL = "7KQ2-M9XD-3HVA-TB6W-PC1Z";

    private final CertificateRenderer certificates = new CertificateRenderer();
    private final ResultsReportRenderer reports = new ResultsReportRenderer();

    @BeforeAll
    static void initialiseVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    // ------------------------------------------------------------------------------------------------ veraPDF

    @Test
    void anSttppCertificateIsPdfA2b() throws Exception {
        assertPdfA2b(certificates.render(sttpp("SIAP KAWAL: Sistem Informasi Kegiatan Wali Kota",
                "Dr. Siti Rahayu, S.Kom., M.T.")));
    }

    @Test
    void aPiagamIsPdfA2b() throws Exception {
        assertPdfA2b(certificates.render(piagam()));
    }

    @Test
    void aReportSpanningSeveralPagesIsPdfA2b() throws Exception {
        byte[] pdf = reports.render(longReport());

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(2);
        }
        assertPdfA2b(pdf);
    }

    @Test
    void indonesianTextWithQuotesDashesAndAccentsIsPdfA2bAndPrintedAsWritten() throws Exception {
        String title = "Penerapan “Kampung Batik” – Café Sénopati, Kraton Kidul № 5";
        String holder = "Ir. Stéfanus Ñugroho, M.Sc. (Pak ‘Nunu’)";
        byte[] certificate = certificates.render(sttpp(title, holder));
        byte[] report = reports.render(ResultsReport.singleTable("Laporan hasil “Inovasi Daerah” 2025",
                List.of("Bappeda Kota Pekalongan – 2025", "Peserta: Café Sénopati"),
                List.of("No", "OPD", "Inovasi"), new float[] {1, 2, 3},
                List.of(List.of("1", "Kecamatan Pekalongan Utara", title)), List.of("Juri: Dra. Ëni Puspitasari"),
                ZonedDateTime.of(2025, 7, 1, 9, 30, 0, 0, ZoneId.of("Asia/Jakarta"))));

        assertPdfA2b(certificate);
        assertPdfA2b(report);
        assertThat(text(certificate)).contains("“" + title + "”", holder);
        assertThat(text(report)).contains("Laporan hasil “Inovasi Daerah” 2025", "Café Sénopati",
                "Dra. Ëni Puspitasari");
    }

    @Test
    void textWithCharactersTheFontLacksIsStillPdfA2b() throws Exception {
        // DejaVu Sans has no CJK and few emoji (🚀 and 🎓 are missing)
        byte[] pdf = certificates.render(sttpp("Aksi 🚀 Perubahan 東京", "Siti Rahayu 🎓"));

        assertPdfA2b(pdf);
        assertThat(text(pdf)).contains("“Aksi ? Perubahan ??”", "Siti Rahayu ?");
    }

    @Test
    void lineBreaksControlCharactersAndMarkupInTheMetadataKeepInfoAndXmpConsistent() throws Exception {
        byte[] pdf = certificates.render(sttpp("Judul", "Siti\r\nRahayu\u0007 & <Putri> \"Ayu\""));

        assertPdfA2b(pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            XMPMetadata xmp = new DomXmpParser().parse(document.getDocumentCatalog().getMetadata().toByteArray());
            String subject = document.getDocumentInformation().getSubject();
            assertThat(subject).endsWith("- Siti Rahayu & <Putri> \"Ayu\"");
            assertThat(xmp.getDublinCoreSchema().getDescription()).isEqualTo(subject);
        }
    }

    @Test
    void theValidatorRejectsAnOrdinaryPdfAndNamesTheBrokenRules() throws Exception {
        byte[] plain;
        try (PDDocument document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (var cs = new PDPageContentStream(document, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(
                        Standard14Fonts.FontName.HELVETICA), 12);
                cs.showText("Sertifikat");
                cs.endText();
            }
            document.save(out);
            plain = out.toByteArray();
        }

        ValidationResult result = validate(plain);

        assertThat(result.isCompliant()).isFalse();
        assertThat(failures(result)).contains("6.2.11.4.1", "6.6.2.1"); // font not embedded, no XMP metadata
    }

    // ------------------------------------------------------------------------------------------------ properties

    @Test
    void everyFontOnEveryPageIsEmbedded() throws IOException {
        for (byte[] pdf : List.of(certificates.render(sttpp("Judul", "Siti")), certificates.render(piagam()),
                reports.render(longReport()))) {
            try (PDDocument document = Loader.loadPDF(pdf)) {
                List<String> fonts = new ArrayList<>();
                for (PDPage page : document.getPages()) {
                    PDResources resources = page.getResources();
                    for (COSName name : resources.getFontNames()) {
                        PDFont font = resources.getFont(name);
                        fonts.add(font.getName());
                        assertThat(font.isEmbedded()).as(font.getName() + " is embedded").isTrue();
                    }
                }
                assertThat(fonts).isNotEmpty().allSatisfy(name -> assertThat(name).contains("DejaVuSans"));
            }
        }
    }

    @Test
    void certificateXmpCarriesTheSerialAndPdfAIdentification() throws Exception {
        try (PDDocument document = Loader.loadPDF(certificates.render(sttpp("Judul", "Siti Rahayu")))) {
            PDMetadata metadata = document.getDocumentCatalog().getMetadata();
            assertThat(metadata).isNotNull();
            byte[] raw;
            try (var in = metadata.exportXMPMetadata()) {
                raw = in.readAllBytes();
            }
            assertThat(new String(raw, StandardCharsets.UTF_8)).contains(SERIAL);

            XMPMetadata xmp = new DomXmpParser().parse(raw);
            PDFAIdentificationSchema pdfaid = xmp.getPDFAIdentificationSchema();
            assertThat(pdfaid.getPart()).isEqualTo(2);
            assertThat(pdfaid.getConformance()).isEqualTo("B");
            DublinCoreSchema dc = xmp.getDublinCoreSchema();
            assertThat(dc.getIdentifier()).isEqualTo(SERIAL);
            assertThat(dc.getTitle()).isEqualTo("STTPP " + SERIAL);
            assertThat(dc.getCreators()).containsExactly("Ir. Bambang Sutrisno, M.Si.");
            assertThat(dc.getDescription()).contains("Pelatihan Kepemimpinan Administrator", "Siti Rahayu");
            assertThat(xmp.getAdobePDFSchema().getKeywords()).isEqualTo(PdfA.SERIAL_KEYWORD_PREFIX + SERIAL);
            assertThat(document.getDocumentInformation().getKeywords()).isEqualTo(PdfA.SERIAL_KEYWORD_PREFIX + SERIAL);
            assertThat(xmp.getXMPBasicSchema().getCreateDate().toInstant())
                    .isEqualTo(LocalDate.of(2025, 6, 17).atStartOfDay(ZoneId.of("Asia/Jakarta")).toInstant());
        }
    }

    @Test
    void reportXmpHasTitleAuthorAndTheCreationDateTheCallerGave() throws Exception {
        try (PDDocument document = Loader.loadPDF(reports.render(longReport()))) {
            XMPMetadata xmp = new DomXmpParser().parse(document.getDocumentCatalog().getMetadata().toByteArray());
            assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(2);
            assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo("Laporan hasil Lomba Inovasi Daerah 2025");
            assertThat(xmp.getDublinCoreSchema().getCreators()).containsExactly("Kawal");
            assertThat(xmp.getXMPBasicSchema().getCreateDate().toInstant())
                    .isEqualTo(ZonedDateTime.of(2025, 7, 1, 9, 30, 0, 0, ZoneId.of("Asia/Jakarta")).toInstant());
            assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("Kawal");
        }
    }

    @Test
    void certificatesAndReportsHaveAnSrgbOutputIntentWithAnEmbeddedProfile() throws IOException {
        for (byte[] pdf : List.of(certificates.render(piagam()), reports.render(longReport()))) {
            try (PDDocument document = Loader.loadPDF(pdf)) {
                List<PDOutputIntent> intents = document.getDocumentCatalog().getOutputIntents();
                assertThat(intents).hasSize(1);
                PDOutputIntent intent = intents.get(0);
                assertThat(intent.getCOSObject().getCOSName(COSName.S)).isEqualTo(COSName.GTS_PDFA1);
                assertThat(intent.getOutputConditionIdentifier()).isEqualTo(PdfA.SRGB);
                assertThat(intent.getDestOutputIntent()).isNotNull();
                assertThat(intent.getDestOutputIntent().getInt(COSName.N)).isEqualTo(3);
            }
        }
    }

    @Test
    void aReportRenderedTwiceWithTheSameCreationDateGivesIdenticalBytes() {
        assertThat(reports.render(longReport())).isEqualTo(reports.render(longReport()));
    }

    // ------------------------------------------------------------------------------------------------ helpers

    /** Validates {@code pdf} against PDF/A-2B with veraPDF; the failure message lists every failed rule. */
    public static void assertPdfA2b(byte[] pdf) throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        ValidationResult result = validate(pdf);
        assertThat(result.isCompliant()).as(() -> "PDF/A-2B violations:\n" + failures(result)).isTrue();
    }

    private static ValidationResult validate(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFA_2_B);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            return validator.validate(parser);
        }
    }

    private static String failures(ValidationResult result) {
        return result.getTestAssertions().stream()
                .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                .map(a -> "  " + a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": "
                        + a.getMessage() + (a.getErrorMessage() == null ? "" : " [" + a.getErrorMessage() + "]")
                        + " at " + (a.getLocation() == null ? "?" : a.getLocation().getContext()))
                .distinct()
                .collect(Collectors.joining("\n"));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private static CertificateContent sttpp(String actionPlanTitle, String holder) {
        return new CertificateContent(SERIAL, "STTPP", holder, "197806152005012003", "Kepala Bidang IKP",
                "Dinas Komunikasi dan Informatika", "Pelatihan Kepemimpinan Administrator (PKA) Angkatan I Tahun 2025",
                actionPlanTitle, "Sangat Memuaskan", LocalDate.of(2025, 6, 17), "Ir. Bambang Sutrisno, M.Si.",
                "Kepala BKPSDM", "http://localhost:8080/verify/" + SERIAL);
    }

    private static CertificateContent piagam() {
        return new CertificateContent(PIAGAM_SERIAL, "PIAGAM", "RSUD Bendan", "", "", "RSUD Bendan",
                "Layanan Inovasi Daerah 2023", "JEMPOL (JEMbatan Pembayaran OnLine)", "Juara 1",
                LocalDate.of(2024, 3, 20), "Bappeda Kota Pekalongan", "Kepala",
                "http://localhost:8080/verify/" + PIAGAM_SERIAL);
    }

    private static ResultsReport longReport() {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 150; i++) {
            rows.add(List.of(String.valueOf(i), "Dinas nomor " + i, "Inovasi “layanan” nomor " + i, "Finalis",
                    "85.50", "Juara " + i));
        }
        return ResultsReport.singleTable("Laporan hasil Lomba Inovasi Daerah 2025",
                List.of("Bappeda Kota Pekalongan - 2025", "Dari 150 entri, 150 lolos seleksi administrasi."),
                List.of("Peringkat", "OPD", "Inovasi", "Status", "Total", "Penghargaan"),
                new float[] {1, 1.6f, 2.2f, 1.3f, 0.8f, 1.4f}, rows, List.of("Juri: Andi (150 nilai), Budi (150 nilai)"),
                ZonedDateTime.of(2025, 7, 1, 9, 30, 0, 0, ZoneId.of("Asia/Jakarta")));
    }
}
