package id.kawal.innovation.check;

import static id.kawal.innovation.check.InnovationCheckProcess.VAR_CHECK_ID;

import id.kawal.system.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code escalate-check-to-opd-head}: still no answer; the OPD's heads are told, and asked by the next task. */
@Component("escalateCheckToOpdHeadDelegate")
public class EscalateCheckToOpdHeadDelegate implements JavaDelegate {

    private final InnovationChecks checks;

    public EscalateCheckToOpdHeadDelegate(InnovationChecks checks) {
        this.checks = checks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        checks.escalate(ProcessVariables.longVariable(execution, VAR_CHECK_ID));
    }
}
