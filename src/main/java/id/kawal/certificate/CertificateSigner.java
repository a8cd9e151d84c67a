package id.kawal.certificate;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceDictionary;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureInterface;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.springframework.stereotype.Component;

/**
 * Signs a PDF with the key of {@link SigningKeys}: a PAdES baseline (B-B) signature, i.e. a detached CMS SignedData
 * with SubFilter {@code ETSI.CAdES.detached}, SHA-256, the signer's certificate (chain) and the signed attributes
 * content-type, message-digest, CMS algorithm protection and ESS signing-certificate-v2 (no signing-time attribute,
 * as PAdES asks: the time is the {@code /M} entry of the signature dictionary).
 * <p>
 * The signature is added by an incremental update, so the signed file starts with the original bytes unchanged,
 * and it is visible: a small block on the first page, to the left of the QR code or above the footer, whichever is
 * free of text, saying who signed and when. The block's text uses DejaVu Sans loaded from the classpath
 * ({@value #FONT}) and embedded as a subset, so the appearance uses no Standard 14 font (PDF/A).
 * <p>
 * Thread-safe; no temporary files.
 */
@Component
public class CertificateSigner {

    static final String FONT = "fonts/DejaVuSans.ttf";

    static final Locale INDONESIAN = Locale.forLanguageTag("id-ID");
    private static final DateTimeFormatter SIGNED_AT = DateTimeFormatter.ofPattern("d MMMM yyyy, HH.mm z", INDONESIAN);

    // ---- the visible block (PDF points)
    static final float BLOCK_WIDTH = 220f;
    static final float PADDING = 5f;
    static final float SMALL = 6.5f;
    static final float NAME = 8.5f;
    static final float MIN_NAME = 5.5f;
    static final float LEADING = 1.3f;
    /** Space kept free between the block and any text, the QR code or the frame. */
    static final float CLEARANCE = 4f;
    static final float QR_GAP = 12f;

    private final SigningKeys keys;

    public CertificateSigner(SigningKeys keys) {
        this.keys = keys;
    }

    /**
     * {@code pdf} with a visible PAdES signature appended (incremental update).
     *
     * @param signerName  shown as the signer ({@code /Name} and the visible block)
     * @param reason      {@code /Reason}
     * @param location    {@code /Location}
     * @param signingTime {@code /M} and the date in the visible block (in the calendar's time zone)
     */
    public byte[] sign(byte[] pdf, String signerName, String reason, String location, Calendar signingTime) {
        Objects.requireNonNull(pdf, "pdf");
        Objects.requireNonNull(signerName, "signerName");
        Objects.requireNonNull(signingTime, "signingTime");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            if (document.getNumberOfPages() == 0) {
                throw new IllegalArgumentException("A PDF without pages cannot carry a visible signature");
            }
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(signerName);
            if (reason != null && !reason.isBlank()) {
                signature.setReason(reason);
            }
            if (location != null && !location.isBlank()) {
                signature.setLocation(location);
            }
            signature.setSignDate(signingTime);

            List<String> lines = blockLines(signerName, reason, location, signingTime);
            PDPage page = document.getPage(0);
            PDRectangle rectangle = place(document, page, blockHeight(lines.size()));
            try (SignatureOptions options = new SignatureOptions()) {
                options.setPreferredSignatureSize(signatureSize());
                options.setPage(0);
                options.setVisualSignature(new ByteArrayInputStream(appearanceTemplate(page, rectangle, lines)));
                document.addSignature(signature, this::cms, options);
                printWidget(document, signature);
                ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * signatureSize() + 64 * 1024);
                document.saveIncremental(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot sign the PDF", e);
        }
    }

    // ------------------------------------------------------------------------------------------------- CMS

    /** The detached CMS SignedData over {@code content} (the byte range of the signature). */
    byte[] cms(InputStream content) throws IOException {
        try {
            X509Certificate certificate = keys.certificate();
            PrivateKey key = keys.privateKey();
            ContentSigner contentSigner = new JcaContentSignerBuilder(signatureAlgorithm(key)).build(key);
            JcaSignerInfoGeneratorBuilder signerInfo = new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build());
            signerInfo.setSignedAttributeGenerator(new PadesSignedAttributes(signingCertificateV2(certificate)));
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(signerInfo.build(contentSigner, certificate));
            generator.addCertificates(new JcaCertStore(Arrays.asList(keys.chain())));
            CMSSignedData signed = generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false);
            return signed.getEncoded(ASN1Encoding.DER);
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("Cannot create the CMS signature: " + e.getMessage(), e);
        }
    }

    private static String signatureAlgorithm(PrivateKey key) {
        return switch (key.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC", "ECDSA" -> "SHA256withECDSA";
            default -> throw new IllegalStateException("Unsupported signing key algorithm " + key.getAlgorithm()
                    + " (use RSA or EC)");
        };
    }

    /** ESS signing-certificate-v2 (RFC 5035) naming the signing certificate by its SHA-256 hash and issuer/serial. */
    private static Attribute signingCertificateV2(X509Certificate certificate) throws GeneralSecurityException {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
        var holder = new JcaX509CertificateHolder(certificate);
        IssuerSerial issuerSerial = new IssuerSerial(new GeneralNames(new GeneralName(holder.getIssuer())),
                holder.getSerialNumber());
        // SHA-256 is the default hash algorithm of ESSCertIDv2, so it is left out of the encoding
        ESSCertIDv2 id = new ESSCertIDv2(hash, issuerSerial);
        return new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2[] {id})));
    }

    /** Bouncy Castle's standard signed attributes plus signing-certificate-v2, minus signing-time (PAdES). */
    private static final class PadesSignedAttributes extends DefaultSignedAttributeTableGenerator {

        PadesSignedAttributes(Attribute signingCertificateV2) {
            super(new AttributeTable(signingCertificateV2));
        }

        @Override
        @SuppressWarnings("rawtypes")
        public AttributeTable getAttributes(Map parameters) {
            return super.getAttributes(parameters).remove(CMSAttributes.signingTime);
        }
    }

    private int signatureSize() {
        int chainBytes = 0;
        for (java.security.cert.Certificate certificate : keys.chain()) {
            try {
                chainBytes += certificate.getEncoded().length;
            } catch (GeneralSecurityException e) {
                chainBytes += 4096;
            }
        }
        // signature value, signed attributes and CMS structure fit easily in 4 KiB besides the certificates
        return Math.max(SignatureOptions.DEFAULT_SIGNATURE_SIZE, chainBytes + 4096);
    }

    // ------------------------------------------------------------------------------------ visible signature

    private static List<String> blockLines(String signerName, String reason, String location, Calendar signingTime) {
        List<String> lines = new ArrayList<>();
        lines.add("Ditandatangani secara elektronik oleh");
        lines.add(oneLine(signerName));
        ZonedDateTime at = ZonedDateTime.ofInstant(signingTime.toInstant(), signingTime.getTimeZone().toZoneId());
        lines.add(SIGNED_AT.format(at));
        String where = String.join(", ", java.util.stream.Stream.of(reason, location)
                .filter(s -> s != null && !s.isBlank()).map(CertificateSigner::oneLine).toList());
        if (!where.isEmpty()) {
            lines.add(where);
        }
        return lines;
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** Height of the block: the signer's name in {@link #NAME}, the other lines in {@link #SMALL}. */
    static float blockHeight(int lineCount) {
        return 2 * PADDING + NAME * LEADING + (lineCount - 1) * SMALL * LEADING;
    }

    /**
     * Where the block goes on {@code page}: the lowest free spot to the left of the QR code (bottom-aligned with
     * it), or else the lowest free spot at the left margin above the footer. "Free" means clear of every glyph on
     * the page, of the QR code and inside the inner frame.
     */
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

    /** A one-page document whose signature field carries the block's appearance, as PDFBox's visual template. */
    private byte[] appearanceTemplate(PDPage source, PDRectangle rectangle, List<String> lines) throws IOException {
        try (PDDocument template = new PDDocument()) {
            PDPage page = new PDPage(source.getMediaBox());
            template.addPage(page);
            PDAcroForm acroForm = new PDAcroForm(template);
            template.getDocumentCatalog().setAcroForm(acroForm);
            PDSignatureField field = new PDSignatureField(acroForm);
            PDAnnotationWidget widget = field.getWidgets().get(0);
            acroForm.setSignaturesExist(true);
            acroForm.setAppendOnly(true);
            acroForm.getCOSObject().setDirect(true);
            acroForm.getFields().add(field);
            widget.setRectangle(rectangle);
            widget.setPrinted(true);

            PDFormXObject form = new PDFormXObject(new PDStream(template));
            form.setResources(new PDResources());
            form.setFormType(1);
            form.setBBox(new PDRectangle(rectangle.getWidth(), rectangle.getHeight()));
            PDAppearanceDictionary appearance = new PDAppearanceDictionary();
            appearance.getCOSObject().setDirect(true);
            PDAppearanceStream stream = new PDAppearanceStream(form.getCOSObject());
            appearance.setNormalAppearance(stream);
            widget.setAppearance(appearance);

            // the parsed font is shared (EmbeddedFonts); only its subset is new in each signature's appearance
            PDFont font = id.kawal.pdf.EmbeddedFonts.regular(template);
            try (PDPageContentStream cs = new PDPageContentStream(template, stream)) {
                drawBlock(cs, font, rectangle.getWidth(), rectangle.getHeight(), lines);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            template.save(out);
            return out.toByteArray();
        }
    }

    private static void drawBlock(PDPageContentStream cs, PDFont font, float width, float height, List<String> lines)
            throws IOException {
        cs.setNonStrokingColor(Color.WHITE);
        cs.addRect(0, 0, width, height);
        cs.fill();
        cs.setStrokingColor(CertificateLayout.FRAME_COLOR);
        cs.setLineWidth(0.6f);
        cs.addRect(0.3f, 0.3f, width - 0.6f, height - 0.6f);
        cs.stroke();
        cs.setNonStrokingColor(CertificateLayout.FRAME_COLOR);
        cs.addRect(0, 0, 2.4f, height);
        cs.fill();

        float textX = PADDING + 2.4f;
        float textWidth = width - textX - PADDING;
        float top = height - PADDING;
        for (int i = 0; i < lines.size(); i++) {
            boolean name = i == 1;
            String text = printable(lines.get(i), font);
            float size = name ? NAME : SMALL;
            while (name && size > MIN_NAME && CertificateLayout.width(text, font, size) > textWidth) {
                size -= 0.25f;
            }
            text = ellipsize(text, font, size, textWidth);
            float baseline = top - size;
            cs.setNonStrokingColor(name ? CertificateLayout.TEXT_COLOR : CertificateLayout.LABEL_COLOR);
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset(textX, baseline);
            cs.showText(text);
            cs.endText();
            top -= (name ? NAME : SMALL) * LEADING;
        }
    }

    /** {@code text} cut to {@code maxWidth}, ending in an ellipsis when it was cut. */
    private static String ellipsize(String text, PDFont font, float size, float maxWidth) {
        if (CertificateLayout.width(text, font, size) <= maxWidth) {
            return text;
        }
        String cut = text;
        while (!cut.isEmpty() && CertificateLayout.width(cut + "…", font, size) > maxWidth) {
            cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1));
        }
        return cut.strip() + "…";
    }

    /** Characters the font has no glyph for become '?'. */
    private static String printable(String text, PDFont font) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IllegalArgumentException | IOException e) {
                out.append('?');
            }
        });
        return out.toString();
    }

    /** PDF/A wants every annotation printable; PDFBox does not copy the template's flags, so set them here. */
    private static void printWidget(PDDocument document, PDSignature signature) throws IOException {
        for (PDSignatureField field : document.getSignatureFields()) {
            if (field.getSignature() != null && field.getSignature().getCOSObject() == signature.getCOSObject()) {
                for (PDAnnotationWidget widget : field.getWidgets()) {
                    widget.setPrinted(true);
                    widget.setLocked(true);
                }
            }
        }
    }
}
