package id.kawal.innovation;

import id.kawal.certificate.CertificateIssued;
import id.kawal.certificate.CertificateService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A graduate's STTPP makes (or updates) the registry record of their innovation, in the issuing transaction: the
 * certificate and the record are stored together or not at all.
 */
@Component
class GraduationListener {

    static final String STTPP = "STTPP";
    static final String ACTION_PLAN = "ACTION_PLAN";

    private final CertificateService certificates;
    private final InnovationRegistry registry;

    GraduationListener(CertificateService certificates, InnovationRegistry registry) {
        this.certificates = certificates;
        this.registry = registry;
    }

    @EventListener(condition = "#event.kind() == 'STTPP'")
    void sttppIssued(CertificateIssued event) {
        certificates.findBySerial(event.serial()).filter(c -> ACTION_PLAN.equals(c.getSubjectType()))
                .ifPresent(c -> registry.fromGraduation(c.getSubjectId(), c.getSerial()));
    }
}
