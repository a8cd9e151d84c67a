package id.kawal.certificate;

import java.io.IOException;
import java.security.cert.X509Certificate;
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
 * signs, and that the signature covers the whole file (nothing was appended after signing).
 */
@Component
public class SignatureCheck {

    /**
     * @param intact   the signature verifies over its byte range
     * @param coversAll the byte range runs to the end of the file
     */
    public record Result(String signer, boolean intact, boolean coversAll) {
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

    private static Result check(PDSignature signature, byte[] pdf) {
        int[] range = signature.getByteRange();
        boolean coversAll = range.length == 4 && (long) range[2] + range[3] == pdf.length;
        try {
            byte[] signedContent = signature.getSignedContent(pdf);
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signedContent), signature.getContents(pdf));
            @SuppressWarnings("unchecked")
            Store<X509CertificateHolder> certificates = cms.getCertificates();
            boolean intact = !cms.getSignerInfos().getSigners().isEmpty();
            for (SignerInformation signer : cms.getSignerInfos().getSigners()) {
                @SuppressWarnings("unchecked")
                Collection<X509CertificateHolder> matches = certificates.getMatches(signer.getSID());
                if (matches.isEmpty()) {
                    intact = false;
                    continue;
                }
                X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(matches.iterator().next());
                intact &= signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
            }
            return new Result(signature.getName(), intact, coversAll);
        } catch (Exception e) {
            return new Result(signature.getName(), false, coversAll);
        }
    }
}
