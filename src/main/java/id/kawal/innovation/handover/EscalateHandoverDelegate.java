package id.kawal.innovation.handover;

import id.kawal.system.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code escalate-to-bappeda}: no successor named in time; the administrators (Bappeda) are told, once. */
@Component("escalateHandoverDelegate")
public class EscalateHandoverDelegate implements JavaDelegate {

    private final HandoverService handovers;

    public EscalateHandoverDelegate(HandoverService handovers) {
        this.handovers = handovers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        handovers.escalate(ProcessVariables.longVariable(execution, HandoverProcess.VAR_HANDOVER_ID));
    }
}
