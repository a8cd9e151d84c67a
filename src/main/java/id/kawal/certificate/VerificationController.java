package id.kawal.certificate;

import id.kawal.system.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;

/**
 * The public page a certificate's QR code leads to: anyone can check that a serial is a genuine
 * certificate and whose it is, without logging in. The NIP is shown masked.
 */
@Controller
public class VerificationController {

    private final CertificateService certificates;
    private final CertificateLifecycle lifecycle;
    private final VerificationLimits limits;
    private final MessageSource messages;

    public VerificationController(CertificateService certificates, CertificateLifecycle lifecycle,
            VerificationLimits limits, MessageSource messages) {
        this.certificates = certificates;
        this.lifecycle = lifecycle;
        this.limits = limits;
        this.messages = messages;
    }

    @GetMapping("/verify/{serial}")
    String verify(@PathVariable String serial, Model model, HttpServletResponse response) {
        Optional<Certificate> certificate = certificates.findBySerial(serial.toUpperCase(Locale.ROOT));
        model.addAttribute("serial", serial);
        certificate.ifPresent(c -> model.addAttribute("certificate", c));
        if (certificate.isEmpty()) {
            response.setStatus(HttpStatus.NOT_FOUND.value());
        }
        return "verify";
    }

    /** Anyone may upload a PDF: is it byte for byte a certificate that was issued, and are its signatures Kawal's? */
    @PostMapping("/verify")
    String verifyUpload(@RequestParam("file") MultipartFile file,
            Model model, HttpServletRequest request, HttpServletResponse response) throws IOException {
        limits.admit(request.getRemoteAddr(), file.getSize());
        try {
            model.addAttribute("upload", lifecycle.verifyUpload(file.getBytes()));
        } catch (InvalidInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("uploadProblem", true);
        }
        model.addAttribute("filename", file.getOriginalFilename());
        return "verify-upload";
    }

    /** Too large or too many: the same page, saying so, with 413 or 429 (and when to come back). */
    @ExceptionHandler(VerificationRefused.class)
    String refused(VerificationRefused e, Model model, HttpServletResponse response, Locale locale) {
        response.setStatus(e.status());
        if (e.retryAfterSeconds() > 0) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()));
        }
        model.addAttribute("refusal", messages.getMessage(e, locale));
        return "verify-upload";
    }

    /** The same answer for machines. */
    @GetMapping("/api/public/verify/{serial}")
    @ResponseBody
    ResponseEntity<Verification> verifyJson(@PathVariable String serial) {
        return certificates.findBySerial(serial.toUpperCase(Locale.ROOT))
                .map(c -> ResponseEntity.ok(new Verification(!c.isRevoked(), c.getSerial(), c.getKind(), c.getHolderName(),
                        c.maskedNip(), c.getProgramme(), c.getTitle(), c.getAchievement(), c.getIssuedOn(),
                        c.getIssuerName(), c.getSha256(), c.isRevoked() ? "REVOKED" : "VALID", c.getRevocationReason(),
                        c.getReplacesSerial(), c.getReplacedBySerial())))
                .orElse(ResponseEntity.status(HttpStatus.NOT_FOUND).body(new Verification(false, serial, null, null,
                        null, null, null, null, null, null, null, "UNKNOWN", null, null, null)));
    }

    /** @param genuine issued by Kawal and not revoked */
    public record Verification(boolean genuine, String serial, String kind, String holderName, String holderNip,
            String programme, String title, String achievement, LocalDate issuedOn, String issuer, String sha256,
            String status, String revocationReason, String replaces, String replacedBy) {
    }
}
