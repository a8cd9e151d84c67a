package id.kawal.certificate;

import id.kawal.document.DocumentService;
import id.kawal.system.InvalidInputException;
import id.kawal.system.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens to a certificate after issue: revocation with a reason that stays visible on the
 * verification page, and re-issue of a corrected certificate that names the one it replaces.
 */
@Service
public class CertificateLifecycle {

    private final CertificateRepository certificates;
    private final CertificateService service;
    private final SignatureCheck signatures;
    private final Clock clock;

    public CertificateLifecycle(CertificateRepository certificates, CertificateService service, SignatureCheck signatures,
            Clock clock) {
        this.certificates = certificates;
        this.service = service;
        this.signatures = signatures;
        this.clock = clock;
    }

    @Transactional
    public Certificate revoke(String serial, String admin, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "certificate.reasonRequired");
        }
        Certificate certificate = service.get(serial);
        if (certificate.isRevoked()) {
            throw new InvalidInputException("reason", "certificate.alreadyRevoked");
        }
        certificate.revoke(admin, reason.trim(), clock.instant());
        return certificate;
    }

    /** Revokes the certificate (if still valid) and issues a corrected one in its place. */
    @Transactional
    public Certificate reissue(String serial, String admin, CorrectionForm form) {
        Certificate old = service.get(serial);
        if (old.getReplacedBySerial() != null) {
            throw new InvalidInputException("reason", "certificate.alreadyReplaced", old.getReplacedBySerial());
        }
        if (!old.isRevoked()) {
            old.revoke(admin, form.getReason().trim(), clock.instant());
        }
        certificates.flush();
        Certificate corrected = service.issue(new IssueRequest(old.getKind(), old.getSubjectType(), old.getSubjectId(),
                old.getHolderUsername(), form.getHolderName().trim(), old.getHolderNip(), blank(form.getPosition()),
                blank(form.getAgency()), old.getProgramme(), form.getTitle().trim(), form.getAchievement().trim(),
                LocalDate.now(clock), admin));
        corrected.replaces(old.getSerial());
        old.replacedBy(corrected.getSerial());
        return corrected;
    }

    /** What the signatures of an uploaded PDF say. */
    public enum SignatureVerdict {
        /** not signed at all */
        NONE,
        /** intact, over the whole file, made with Kawal's signing key (the current one or an earlier one) */
        KAWAL,
        /** intact, but made with a key that is not Kawal's: anyone can sign a look-alike, so NOT genuine */
        UNKNOWN_SIGNER,
        /** does not verify, or the file was changed after signing */
        BROKEN
    }

    /**
     * What an uploaded PDF is: the certificate whose issued bytes it is (SHA-256), if any, and
     * whether its signatures are intact and Kawal's.
     *
     * @param issued the certificate these exact bytes were issued as; empty if none
     */
    public record UploadVerdict(Optional<Certificate> issued, String sha256, List<SignatureCheck.Result> signatures) {

        public boolean signaturesIntact() {
            return !signatures.isEmpty() && signatures.stream().allMatch(s -> s.intact() && s.coversAll());
        }

        public SignatureVerdict signature() {
            if (signatures.isEmpty()) {
                return SignatureVerdict.NONE;
            }
            if (!signaturesIntact()) {
                return SignatureVerdict.BROKEN;
            }
            return signatures.stream().allMatch(SignatureCheck.Result::kawalKey) ? SignatureVerdict.KAWAL
                    : SignatureVerdict.UNKNOWN_SIGNER;
        }

        /** The certificate that made the (first) signature, Kawal's or not. */
        public Optional<SignatureCheck.SignerCertificate> signer() {
            return signatures.stream().map(SignatureCheck.Result::certificate).filter(Objects::nonNull).findFirst();
        }
    }

    @Transactional(readOnly = true)
    public UploadVerdict verifyUpload(byte[] pdf) {
        if (pdf == null || pdf.length == 0) {
            throw new InvalidInputException("file", "verify.fileRequired");
        }
        String sha = DocumentService.sha256(pdf);
        Optional<Certificate> issued = certificates.findBySha256(sha).stream().findFirst();
        return new UploadVerdict(issued, sha, signatures.check(pdf));
    }

    public List<Certificate> latest() {
        return certificates.findTop50ByOrderByIssuedAtDescIdDesc();
    }

    public Certificate get(String serial) {
        return service.findBySerial(serial).orElseThrow(() -> new NotFoundException("No certificate " + serial));
    }

    private static String blank(String s) {
        return s == null ? "" : s.trim();
    }
}
