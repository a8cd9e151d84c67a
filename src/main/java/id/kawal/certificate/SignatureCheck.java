package id.kawal.certificate;

import java.io.IOException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.util.Store;
import org.springframework.stereotype.Component;

/**
 * Checks the signatures inside a PDF: that each CMS signature verifies over exactly the bytes it
 * signs, that the signature covers the whole file (nothing was appended after signing), and whose
 * certificate made it. Anyone can make a key and sign a PDF that looks like a certificate: only a
 * signature made with one of Kawal's own signing certificates ({@link SigningCertificates}) counts.
 */
@Component
public class SignatureCheck {

    /** The certificate that made a signature, as the signature carries it. */
    public record SignerCertificate(String subject, String fingerprint, Instant notBefore, Instant notAfter) {

        static SignerCertificate of(X509Certificate certificate) {
            return new SignerCertificate(certificate.getSubjectX500Principal().getName(),
                    SigningCertificates.fingerprint(certificate), certificate.getNotBefore().toInstant(),
                    certificate.getNotAfter().toInstant());
        }
    }

    /**
     * @param signer      the name in the signature dictionary (anyone can write any name there)
     * @param intact      the signature verifies over its byte range
     * @param coversAll   the byte range runs to the end of the file
     * @param certificate the certificate that made the signature; null when none could be found
     * @param kawalKey    that certificate is one Kawal signs (or signed) with
     */
    public record Result(String signer, boolean intact, boolean coversAll, SignerCertificate certificate,
            boolean kawalKey) {

        /** Intact, over the whole file, and made with Kawal's key. */
        public boolean byKawal() {
            return intact && coversAll && kawalKey;
        }
    }

    private final SigningCertificates known;

    public SignatureCheck(SigningCertificates known) {
        this.known = known;
    }

    public List<Result> check(byte[] pdf) {
        List<Result> results = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDSignature signature : document.getSignatureDictionaries()) {
                results.add(check(signature, pdf));
            }
        } catch (IOException e) {
            return List.of();
        }
        return results;
    }

    private Result check(PDSignature signature, byte[] pdf) {
        int[] range = signature.getByteRange();
        boolean coversAll = range.length == 4 && (long) range[2] + range[3] == pdf.length;
        try {
            byte[] signedContent = signature.getSignedContent(pdf);
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signedContent), signature.getContents(pdf));
            @SuppressWarnings("unchecked")
            Store<X509CertificateHolder> certificates = cms.getCertificates();
            Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
            boolean intact = !signers.isEmpty();
            boolean kawalKey = !signers.isEmpty();
            SignerCertificate first = null;
            for (SignerInformation signer : signers) {
                @SuppressWarnings("unchecked")
                Collection<X509CertificateHolder> matches = certificates.getMatches(signer.getSID());
                if (matches.isEmpty()) {
                    intact = false;
                    kawalKey = false;
                    continue;
                }
                X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(matches.iterator().next());
                SignerCertificate made = SignerCertificate.of(certificate);
                first = first == null ? made : first;
                intact &= signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
                kawalKey &= known.find(made.fingerprint()).isPresent();
            }
            return new Result(signature.getName(), intact, coversAll, first, kawalKey);
        } catch (Exception e) {
            return new Result(signature.getName(), false, coversAll, null, false);
        }
    }
}
