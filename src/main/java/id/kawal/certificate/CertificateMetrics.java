package id.kawal.certificate;

import id.kawal.system.KawalMetrics;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Counts issued certificates in Kawal's metrics; the listener lives here so that system needs no certificate. */
@Component
class CertificateMetrics {

    private final KawalMetrics metrics;

    CertificateMetrics(KawalMetrics metrics) {
        this.metrics = metrics;
    }

    /** Runs inside the issuing transaction; KawalMetrics waits for its commit before counting. */
    @EventListener
    void certificateIssued(CertificateIssued event) {
        metrics.certificateIssued(event.kind());
    }
}
