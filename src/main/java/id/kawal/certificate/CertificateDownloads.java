package id.kawal.certificate;

import id.kawal.identity.Role;
import id.kawal.system.web.Downloads;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * A certificate's PDF as a download: for its holder, administrators and those the policy of its subject
 * lets through, e.g. who may see the plan it was issued for (403 for the others). Anyone may check a
 * certificate at {@code /verify/{serial}}; only these download it.
 */
@Component
class CertificateDownloads {

    private final CertificateService certificates;
    private final List<CertificateAccessPolicy> policies;

    CertificateDownloads(CertificateService certificates, List<CertificateAccessPolicy> policies) {
        this.certificates = certificates;
        this.policies = policies;
    }

    ResponseEntity<byte[]> pdf(String serial, Authentication user) {
        Certificate certificate = certificates.get(serial);
        boolean mayRead = certificate.getHolderUsername().equals(user.getName()) || Role.ADMIN.isHeldBy(user)
                || policies.stream().filter(p -> p.subjectType().equals(certificate.getSubjectType()))
                        .anyMatch(p -> p.mayDownload(certificate.getSubjectId(), user));
        if (!mayRead) {
            throw new AccessDeniedException("Not your certificate");
        }
        return Downloads.attachment(certificate.getKind() + "-" + serial + ".pdf", MediaType.APPLICATION_PDF,
                certificate.getSha256(), certificates.pdfOf(serial));
    }
}
