package id.kawal.actionplan;

import id.kawal.certificate.Certificate;
import id.kawal.certificate.CertificateService;
import id.kawal.certificate.IssueRequest;
import id.kawal.document.DocumentOwner;
import id.kawal.identity.Person;
import id.kawal.identity.PersonRepository;
import id.kawal.system.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The STTPP of a graduate: made, signed and stored by the model's signing step, in the administrator's transaction. */
@Service
public class ActionPlanCertificates {

    /** The kind of certificate an action plan earns (Surat Tanda Tamat Pendidikan dan Pelatihan). */
    public static final String STTPP = "STTPP";

    private final ActionPlanRepository plans;
    private final PersonRepository people;
    private final CertificateService certificates;
    private final Clock clock;

    public ActionPlanCertificates(ActionPlanRepository plans, PersonRepository people, CertificateService certificates,
            Clock clock) {
        this.plans = plans;
        this.people = people;
        this.certificates = certificates;
        this.clock = clock;
    }

    /** The holder named on the certificate; a plan whose participant has no profile cannot be certified. */
    Person holderOf(ActionPlan plan) {
        return people.findById(plan.getParticipant())
                .orElseThrow(() -> new NotFoundException("No profile for " + plan.getParticipant()));
    }

    /** Refuses (409) before anything is decided when no certificate may be issued now (see CertificateService). */
    void requireIssuable() {
        certificates.requireIssuable();
    }

    /**
     * @param predicate the graduation predicate the model's rule decided (the certificate names it)
     */
    @Transactional
    public Certificate issue(Long actionPlanId, String issuedBy, String predicate) {
        ActionPlan plan = plans.findById(actionPlanId).orElseThrow(() -> new NotFoundException("No action plan " + actionPlanId));
        Person holder = holderOf(plan);
        Certificate certificate = certificates.issue(new IssueRequest(STTPP, DocumentOwner.ACTION_PLAN.name(), plan.getId(),
                holder.getUsername(), holder.getFullName(), holder.getNip(), holder.getPosition(), holder.getAgency(),
                "Pelatihan Kepemimpinan Administrator (PKA) " + plan.getCohort().getName().replaceFirst("^PKA ", ""),
                plan.getTitle(), predicate, LocalDate.now(clock), issuedBy));
        plan.record(Stage.CERTIFICATE, ActionPlanProcess.ISSUE_CERTIFICATE, ActionPlanEvent.Kind.CERTIFICATE_ISSUED,
                issuedBy, null, certificate.getSerial(), clock.instant());
        return certificate;
    }

    @Transactional(readOnly = true)
    public Certificate of(Long actionPlanId) {
        return certificates.forSubject(STTPP, DocumentOwner.ACTION_PLAN.name(), actionPlanId)
                .orElseThrow(() -> new NotFoundException("No STTPP for action plan " + actionPlanId));
    }
}
