package id.kawal.innovation.check;

import static id.kawal.innovation.check.InnovationCheckProcess.VAR_CHECK_ID;

import id.kawal.system.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code remind-check-owner}: the answer is due; the people asked are reminded once. */
@Component("remindCheckOwnerDelegate")
public class RemindCheckOwnerDelegate implements JavaDelegate {

    private final InnovationChecks checks;

    public RemindCheckOwnerDelegate(InnovationChecks checks) {
        this.checks = checks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        checks.remind(ProcessVariables.longVariable(execution, VAR_CHECK_ID));
    }
}
