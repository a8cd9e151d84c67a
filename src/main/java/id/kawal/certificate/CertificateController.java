package id.kawal.certificate;

import id.kawal.system.web.Downloads;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The PDF of an issued certificate, for its holder, the people of the plan, and administrators. */
@RestController
public class CertificateController {

    private final CertificateService certificates;
    private final CertificateDownloads downloads;
    private final CertificateLifecycle lifecycle;
    private final VerificationLimits limits;
    private final MessageSource messages;

    public CertificateController(CertificateService certificates, CertificateDownloads downloads, CertificateLifecycle lifecycle,
            VerificationLimits limits, MessageSource messages) {
        this.certificates = certificates;
        this.downloads = downloads;
        this.lifecycle = lifecycle;
        this.limits = limits;
        this.messages = messages;
    }

    public record RevokeRequest(String reason) {
    }

    public record CertificateStatus(String serial, boolean revoked, String revocationReason, String replaces,
            String replacedBy, String sha256) {
        static CertificateStatus of(Certificate c) {
            return new CertificateStatus(c.getSerial(), c.isRevoked(), c.getRevocationReason(), c.getReplacesSerial(),
                    c.getReplacedBySerial(), c.getSha256());
        }
    }

    @PostMapping("/api/certificates/{serial}/revoke")
    @PreAuthorize("hasRole('ADMIN')")
    CertificateStatus revoke(@PathVariable String serial, @RequestBody RevokeRequest body,
            Authentication user) {
        return CertificateStatus.of(lifecycle.revoke(serial, user.getName(), body.reason()));
    }

    @PostMapping("/api/certificates/{serial}/reissue")
    @PreAuthorize("hasRole('ADMIN')")
    CertificateStatus reissue(@PathVariable String serial,
            @Valid @RequestBody CorrectionForm form, Authentication user) {
        return CertificateStatus.of(lifecycle.reissue(serial, user.getName(), form));
    }

    /**
     * @param signaturesIntact the signatures verify and cover the whole file, whoever made them
     * @param signature        {@code KAWAL} (intact and made with Kawal's key), {@code UNKNOWN_SIGNER} (intact but
     *                         made with a key that is not Kawal's: not genuine), {@code BROKEN} or {@code NONE}
     * @param signer           the certificate that made the signature: subject, SHA-256 fingerprint, validity
     */
    public record UploadJson(boolean issued, String serial, boolean revoked, boolean signed, boolean signaturesIntact,
            CertificateLifecycle.SignatureVerdict signature, SignatureCheck.SignerCertificate signer, String sha256) {
    }

    /** Is this PDF byte for byte an issued certificate, are its signatures intact, and are they Kawal's? Public. */
    @PostMapping(path = "/api/public/verify", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    UploadJson verifyUpload(@RequestParam("file") MultipartFile file,
            HttpServletRequest request) throws IOException {
        limits.admit(request.getRemoteAddr(), file.getSize());
        CertificateLifecycle.UploadVerdict verdict = lifecycle.verifyUpload(file.getBytes());
        return new UploadJson(verdict.issued().isPresent(), verdict.issued().map(Certificate::getSerial).orElse(null),
                verdict.issued().map(Certificate::isRevoked).orElse(false), !verdict.signatures().isEmpty(),
                verdict.signaturesIntact(), verdict.signature(), verdict.signer().orElse(null), verdict.sha256());
    }

    /** Too large (413) or too many checks from this address (429, with Retry-After). */
    @ExceptionHandler(VerificationRefused.class)
    ResponseEntity<ProblemDetail> refused(VerificationRefused e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(e.status()), messages.getMessage(e, locale));
        ResponseEntity.BodyBuilder response = ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (e.retryAfterSeconds() > 0) {
            response.header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()));
        }
        return response.body(problem);
    }

    @GetMapping("/api/certificates/{serial}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String serial, Authentication user) {
        return downloads.pdf(serial, user);
    }
}
