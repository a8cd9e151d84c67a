package id.kawal.certificate;

import id.kawal.actionplan.ActionPlanAccess;
import id.kawal.web.Downloads;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The PDF of an issued certificate, for its holder, the people of the plan, and administrators. */
@RestController
public class CertificateController {

    private final CertificateService certificates;
    private final ActionPlanAccess access;

    public CertificateController(CertificateService certificates, ActionPlanAccess access) {
        this.certificates = certificates;
        this.access = access;
    }

    @GetMapping({"/certificates/{serial}.pdf", "/api/certificates/{serial}/pdf"})
    ResponseEntity<byte[]> pdf(@PathVariable String serial, Authentication user) {
        Certificate certificate = certificates.get(serial);
        boolean mayRead = certificate.getHolderUsername().equals(user.getName()) || ActionPlanAccess.isAdmin(user)
                || ("ACTION_PLAN".equals(certificate.getSubjectType())
                        && access.mayView(access.viewableOrNull(certificate.getSubjectId()), user));
        if (!mayRead) {
            throw new AccessDeniedException("Not your certificate");
        }
        return Downloads.attachment(certificate.getKind() + "-" + serial + ".pdf", MediaType.APPLICATION_PDF,
                certificate.getSha256(), certificates.pdfOf(serial));
    }
}
