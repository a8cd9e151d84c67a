package id.kawal.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import id.kawal.support.ExternalTools;
import id.kawal.system.KawalProperties;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;

/** A rendered certificate, signed with a generated key, checked by Bouncy Castle and by poppler's pdfsig. */
class CertificateSignatureTest {

    static final String SIGNER = "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia";
    static final String REASON = "Penerbitan sertifikat";
    static final String LOCATION = "Kota Pekalongan";
    static final Path PDFSIG = Path.of("/usr/bin/pdfsig");

    @TempDir
    static Path keyDirectory;

    static SigningKeys keys;
    static byte[] unsigned;
    static byte[] signed;

    @TempDir
    Path work;

    @BeforeAll
    static void signASampleCertificate() throws IOException {
        keys = new SigningKeys(new KawalProperties.Signing(null, null, null, SIGNER, REASON, LOCATION), keyDirectory);
        unsigned = new CertificateRenderer().render(CertificateRendererTest.sample());
        Calendar at = GregorianCalendar.from(ZonedDateTime.of(2025, 6, 17, 14, 3, 0, 0, ZoneId.of("Asia/Jakarta")));
        signed = new CertificateSigner(keys).sign(unsigned, SIGNER, REASON, LOCATION, at);
        Path dir = Path.of("target", "certificate-samples");
        Files.createDirectories(dir);
        Files.write(dir.resolve("sttpp-signed.pdf"), signed);
    }

    @Test
    void signatureVerifiesOverItsByteRangeWithNameReasonAndLocation() throws Exception {
        assertThat(signed).as("incremental update keeps the original bytes").startsWith(unsigned);
        try (PDDocument document = Loader.loadPDF(signed)) {
            List<PDSignature> signatures = document.getSignatureDictionaries();
            assertThat(signatures).hasSize(1);
            PDSignature signature = signatures.get(0);
            assertThat(signature.getName()).isEqualTo(SIGNER);
            assertThat(signature.getReason()).isEqualTo(REASON);
            assertThat(signature.getLocation()).isEqualTo(LOCATION);
            assertThat(signature.getFilter()).isEqualTo("Adobe.PPKLite");
            assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            assertThat(signature.getSignDate().toInstant())
                    .isEqualTo(ZonedDateTime.of(2025, 6, 17, 14, 3, 0, 0, ZoneId.of("Asia/Jakarta")).toInstant());
            int[] range = signature.getByteRange();
            assertThat(range[0]).isZero();
            assertThat((long) range[2] + range[3]).as("the signature covers the whole file").isEqualTo(signed.length);

            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(signed)),
                    signature.getContents(signed));
            assertThat(verify(cms)).isTrue();
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            assertThat(signer.getDigestAlgOID()).isEqualTo("2.16.840.1.101.3.4.2.1"); // SHA-256
            AttributeTable attributes = signer.getSignedAttributes();
            assertThat(attributes.get(CMSAttributes.contentType)).isNotNull();
            assertThat(attributes.get(CMSAttributes.messageDigest)).isNotNull();
            assertThat(attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
            assertThat(attributes.get(CMSAttributes.signingTime)).as("PAdES: the time is /M, not signing-time")
                    .isNull();
            X509Certificate certificate = signerCertificate(cms, signer);
            assertThat(certificate).isEqualTo(keys.certificate());
            assertThat(certificate.getSubjectX500Principal().getName()).contains("CN=" + SIGNER, "O=Kawal");
        }
    }

    @Test
    void pdfsigSaysTheSignatureIsValid() throws Exception {
        Path file = work.resolve("signed.pdf");
        Files.write(file, signed);

        String output = pdfsig(file);

        assertThat(output).contains("Signature #1", "Signature Validation: Signature is Valid.",
                "Signer Certificate Common Name: " + SIGNER, "Signature Type: ETSI.CAdES.detached");
    }

    @Test
    void changingOneSignedByteBreaksTheSignatureForBouncyCastleAndPdfsig() throws Exception {
        byte[] tampered = signed.clone();
        int[] range;
        try (PDDocument document = Loader.loadPDF(signed)) {
            range = document.getLastSignatureDictionary().getByteRange();
        }
        // one byte of the original document, inside the first signed range: the minor digit of "%PDF-1.x" (a
        // change that leaves the file readable, so that both checkers get to the signature)
        int at = indexOf(signed, "%PDF-1.".getBytes(StandardCharsets.US_ASCII)) + 7;
        assertThat(at).isLessThan(range[1]);
        tampered[at] = (byte) (tampered[at] == '7' ? '6' : '7');

        try (PDDocument document = Loader.loadPDF(tampered)) {
            PDSignature signature = document.getLastSignatureDictionary();
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(tampered)),
                    signature.getContents(tampered));
            assertThat(verify(cms)).as("Bouncy Castle on the changed file").isFalse();
        }
        Path file = work.resolve("tampered.pdf");
        Files.write(file, tampered);
        String output = pdfsig(file);
        assertThat(output).contains("Signature Validation:").doesNotContain("Signature is Valid.");
    }

    @Test
    void theSignatureIsVisibleOnTheFirstPageWithAnEmbeddedFont() throws IOException {
        try (PDDocument document = Loader.loadPDF(signed)) {
            List<PDSignatureField> fields = document.getSignatureFields();
            assertThat(fields).hasSize(1);
            PDAnnotationWidget widget = fields.get(0).getWidgets().get(0);
            PDRectangle rectangle = widget.getRectangle();
            assertThat(rectangle.getWidth()).isGreaterThan(100f);
            assertThat(rectangle.getHeight()).isGreaterThan(20f);
            assertThat(widget.isPrinted()).as("PDF/A: printable").isTrue();
            assertThat(widget.isHidden()).isFalse();
            assertThat(widget.isNoView()).isFalse();
            assertThat(widget.isInvisible()).isFalse();
            List<PDAnnotation> annotations = document.getPage(0).getAnnotations();
            assertThat(annotations).anyMatch(a -> a.getCOSObject() == widget.getCOSObject());
            assertThat(widget.getAppearance().getCOSObject().keySet()).as("PDF/A: only /N").containsOnly(COSName.N);
            PDAppearanceStream appearance = widget.getAppearance().getNormalAppearance().getAppearanceStream();
            assertThat(appearance).isNotNull();
            assertThat(appearance.getBBox().getWidth()).isGreaterThan(0f);

            PDResources resources = appearance.getResources();
            List<PDFont> fonts = new ArrayList<>();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                assertThat(font.getName()).contains("DejaVuSans");
            });

            // the block sits inside the inner frame, clear of the QR code, on the page
            float inner = CertificateLayout.FRAME_INNER_INSET;
            assertThat(rectangle.getLowerLeftX()).isGreaterThan(inner);
            assertThat(rectangle.getLowerLeftY()).isGreaterThan(inner);
            assertThat(rectangle.getUpperRightX()).isLessThan(CertificateLayout.QR_X);

            // and says who signed, and when
            String text = new String(appearance.getContentStream().toByteArray(), StandardCharsets.ISO_8859_1);
            assertThat(text).contains("Tf", "Tj");
        }
        String pageText = pageTextOf(signed);
        assertThat(pageText).as("the certificate's own text is untouched").contains("Nomor: AB12-CD34-EF56");
    }

    @Test
    void theBlockDoesNotCoverTheCertificatesText() throws IOException {
        CertificateContent c = CertificateRendererTest.sample(CertificateRendererTest.LONG_TITLE, "Dr. Siti Rahayu");
        CertificateContent longFooter = new CertificateContent(c.serial(), c.kind(), c.holderName(), c.holderNip(),
                c.position(), c.agency(), c.programme(), c.actionPlanTitle(), c.predicate(), c.issuedOn(),
                "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota Pekalongan",
                "Penyelenggara Pelatihan Kepemimpinan", "https://kawal.pekalongankota.go.id/verify/" + c.serial());
        assertBlockClearOfText(unsigned);
        assertBlockClearOfText(new CertificateRenderer().render(longFooter));
        byte[] signedLongFooter = new CertificateSigner(keys).sign(new CertificateRenderer().render(longFooter), SIGNER,
                REASON, LOCATION, Calendar.getInstance());
        Files.write(Path.of("target", "certificate-samples", "sttpp-signed-long-footer.pdf"), signedLongFooter);
    }

    private static void assertBlockClearOfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDRectangle block = SignaturePlacement.place(document, document.getPage(0), SignatureAppearance.blockHeight(4));
            List<float[]> glyphs = new ArrayList<>();
            new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition t) {
                    float baseline = CertificateLayout.PAGE_HEIGHT - t.getY();
                    glyphs.add(new float[] {t.getX(), baseline - 2f, t.getX() + t.getWidth(), baseline + 7f});
                }
            }.getText(document);
            assertThat(glyphs).isNotEmpty().noneMatch(g -> g[2] > block.getLowerLeftX() && g[0] < block.getUpperRightX()
                    && g[3] > block.getLowerLeftY() && g[1] < block.getUpperRightY());
        }
    }

    @Test
    void signingAddsNoPdfAViolations() throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        Set<String> before = pdfA2bViolations(unsigned);
        Set<String> after = pdfA2bViolations(signed);

        assertThat(after).as("PDF/A-2b rules the signed certificate breaks (unsigned: " + before + ")")
                .isSubsetOf(before);
    }

    // ---------------------------------------------------------------------------------------------- helpers

    /** The PDF/A-2B rules veraPDF finds broken, as "clause-test: message". */
    private static Set<String> pdfA2bViolations(byte[] pdf) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFA_2_B);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
            return validator.validate(parser).getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static String pageTextOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** True when every signer verifies; a digest mismatch counts as not verified. */
    static boolean verify(CMSSignedData cms) throws Exception {
        Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
        if (signers.isEmpty()) {
            return false;
        }
        for (SignerInformation signer : signers) {
            try {
                if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(signerCertificate(cms, signer)))) {
                    return false;
                }
            } catch (CMSException e) {
                return false;
            }
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    static X509Certificate signerCertificate(CMSSignedData cms, SignerInformation signer) throws Exception {
        Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signer.getSID());
        assertThat(matches).as("the CMS carries the signing certificate").hasSize(1);
        return new JcaX509CertificateConverter().getCertificate(matches.iterator().next());
    }

    static String pdfsig(Path file) throws IOException, InterruptedException {
        ExternalTools.require(PDFSIG, "poppler-utils", "The pdfsig check of " + file.getFileName());
        Process process = new ProcessBuilder(PDFSIG.toString(), file.toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("pdfsig finished").isTrue();
        System.out.println("pdfsig " + file.getFileName() + ":\n" + output);
        return output;
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
