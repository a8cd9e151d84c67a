package id.kawal.innovation.check;

import static id.kawal.innovation.check.InnovationCheckProcess.VAR_CHECK_ID;

import id.kawal.system.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code mark-check-unknown}: no answer at all; the year's outcome and the record's status become unknown. */
@Component("markCheckUnknownDelegate")
public class MarkCheckUnknownDelegate implements JavaDelegate {

    private final InnovationChecks checks;

    public MarkCheckUnknownDelegate(InnovationChecks checks) {
        this.checks = checks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        checks.markUnknown(ProcessVariables.longVariable(execution, VAR_CHECK_ID));
    }
}
