package id.kawal.innovation.handover;

import id.kawal.system.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code record-new-owner}: the successor accepted; the registry's owner becomes the successor. */
@Component("recordNewOwnerDelegate")
public class RecordNewOwnerDelegate implements JavaDelegate {

    private final HandoverService handovers;

    public RecordNewOwnerDelegate(HandoverService handovers) {
        this.handovers = handovers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        handovers.recordNewOwner(ProcessVariables.longVariable(execution, HandoverProcess.VAR_HANDOVER_ID));
    }
}
