package id.kawal.certificate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
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
 * free of text ({@link SignaturePlacement}), saying who signed and when ({@link SignatureAppearance}).
 * <p>
 * Thread-safe; no temporary files.
 */
@Component
public class CertificateSigner {

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

            List<String> lines = SignatureAppearance.lines(signerName, reason, location, signingTime);
            PDPage page = document.getPage(0);
            PDRectangle rectangle = SignaturePlacement.place(document, page, SignatureAppearance.blockHeight(lines.size()));
            try (SignatureOptions options = new SignatureOptions()) {
                options.setPreferredSignatureSize(signatureSize());
                options.setPage(0);
                options.setVisualSignature(new ByteArrayInputStream(SignatureAppearance.template(page, rectangle, lines)));
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
        for (Certificate certificate : keys.chain()) {
            try {
                chainBytes += certificate.getEncoded().length;
            } catch (GeneralSecurityException e) {
                chainBytes += 4096;
            }
        }
        // signature value, signed attributes and CMS structure fit easily in 4 KiB besides the certificates
        return Math.max(SignatureOptions.DEFAULT_SIGNATURE_SIZE, chainBytes + 4096);
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
