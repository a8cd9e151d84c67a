package id.kawal.certificate;

import id.kawal.document.DocumentService;
import id.kawal.system.KawalProperties;
import id.kawal.system.NotFoundException;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Issues certificates (once per subject and kind) and finds them for download and verification. */
@Service
public class CertificateService {

    private final CertificateRepository certificates;
    private final CertificateRenderer renderer;
    private final CertificateSigner signer;
    private final CertificateAddress address;
    private final KawalProperties properties;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    public CertificateService(CertificateRepository certificates, CertificateRenderer renderer,
            CertificateSigner signer, CertificateAddress address, KawalProperties properties, Clock clock,
            ApplicationEventPublisher events) {
        this.address = address;
        this.events = events;
        this.certificates = certificates;
        this.renderer = renderer;
        this.signer = signer;
        this.properties = properties;
        this.clock = clock;
    }

    /** Issues the certificate, or returns the one already issued for the same subject. */
    @Transactional
    public Certificate issue(IssueRequest request) {
        requireIssuable();
        Optional<Certificate> existing = forSubject(request.kind(), request.subjectType(), request.subjectId());
        if (existing.isPresent()) {
            return existing.get();
        }
        String serial = SerialNumbers.next();
        var issuer = properties.certificate();
        Certificate certificate = new Certificate(serial, request, issuer.issuerName(), clock.instant());
        byte[] pdf = renderer.render(new CertificateContent(serial, request.kind(), request.holderName(),
                request.holderNip(), request.position(), request.agency(), request.programme(), request.title(),
                request.achievement(), request.issuedOn(), issuer.issuerName(), issuer.issuerTitle(),
                verifyUrl(serial)));
        var signing = properties.signing();
        pdf = signer.sign(pdf, signing.signerName(), signing.reason(), signing.location(),
                GregorianCalendar.from(ZonedDateTime.now(clock)));
        certificate.attach(pdf, DocumentService.sha256(pdf));
        Certificate saved = certificates.save(certificate);
        events.publishEvent(new CertificateIssued(saved.getKind(), saved.getSerial()));
        return saved;
    }

    public String verifyUrl(String serial) {
        return address.verifyUrl(serial);
    }

    /**
     * Refuses (409) to issue while the QR code's address would be useless: in production with a local
     * {@code kawal.base-url}. Callers that start a batch or finish a task call it first, before anything is decided.
     */
    public void requireIssuable() {
        address.requireIssuable();
    }

    @Transactional(readOnly = true)
    public Optional<Certificate> findBySerial(String serial) {
        if (!SerialNumbers.looksLikeSerial(serial)) {
            return Optional.empty();
        }
        return certificates.findBySerial(serial);
    }

    @Transactional(readOnly = true)
    public Certificate get(String serial) {
        return findBySerial(serial).orElseThrow(() -> new NotFoundException("No certificate " + serial));
    }

    @Transactional(readOnly = true)
    public byte[] pdfOf(String serial) {
        return get(serial).getPdf().clone();
    }

    /** The certificate in force for a subject: the latest one not revoked. */
    public Optional<Certificate> forSubject(String kind, String subjectType, Long subjectId) {
        return certificates.findFirstByKindAndSubjectTypeAndSubjectIdAndRevokedAtIsNullOrderByIssuedAtDescIdDesc(kind,
                subjectType, subjectId);
    }

    /** The certificates in force for many subjects at once, by subject id (one query, whatever the number). */
    @Transactional(readOnly = true)
    public Map<Long, Certificate> inForce(String kind, String subjectType, List<Long> subjectIds) {
        Map<Long, Certificate> latest = new HashMap<>();
        if (subjectIds.isEmpty()) {
            return latest;
        }
        for (Certificate c : certificates.findBySubjectTypeAndSubjectIdIn(subjectType, subjectIds)) {
            if (c.getKind().equals(kind) && c.getRevokedAt() == null) {
                latest.merge(c.getSubjectId(), c, (a, b) -> a.getIssuedAt().isAfter(b.getIssuedAt())
                        || a.getIssuedAt().equals(b.getIssuedAt()) && a.getId() > b.getId() ? a : b);
            }
        }
        return latest;
    }

    /**
     * The certificates in force of the given kind for {@code subjectIds}, in that order, in one ZIP (see
     * {@link CertificateZip}); subjects without one are left out.
     *
     * @param textFiles file name to text, added after the certificates in the map's order
     */
    @Transactional(readOnly = true)
    public byte[] zipOf(String kind, String subjectType, List<Long> subjectIds, Map<String, String> textFiles) {
        Map<Long, Certificate> inForce = inForce(kind, subjectType, subjectIds);
        return CertificateZip.of(subjectIds.stream().map(inForce::get).filter(Objects::nonNull).toList(), textFiles);
    }

    public List<Certificate> ofHolder(String username) {
        return certificates.findByHolderUsernameOrderByIssuedAtDesc(username);
    }
}
