package id.kawal.actionplan.steps;

import id.kawal.actionplan.ActionPlanCertificates;
import id.kawal.actionplan.ActionPlanProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code sign-certificate}: makes, signs and stores the graduate's STTPP in the name of the administrator who issued it. */
@Component("signCertificateDelegate")
public class SignCertificateDelegate implements JavaDelegate {

    private final ActionPlanCertificates certificates;

    public SignCertificateDelegate(ActionPlanCertificates certificates) {
        this.certificates = certificates;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object issuedBy = execution.getVariable(ActionPlanProcess.VAR_CERTIFICATE_ISSUED_BY);
        if (!(issuedBy instanceof String admin) || admin.isBlank()) {
            throw new IllegalStateException("Process variable " + ActionPlanProcess.VAR_CERTIFICATE_ISSUED_BY + " is missing");
        }
        Object predicate = execution.getVariable(ActionPlanProcess.VAR_PREDICATE);
        if (!(predicate instanceof String decided)) {
            throw new IllegalStateException("Process variable " + ActionPlanProcess.VAR_PREDICATE + " is missing");
        }
        certificates.issue(Steps.actionPlanId(execution), admin, decided);
    }
}
