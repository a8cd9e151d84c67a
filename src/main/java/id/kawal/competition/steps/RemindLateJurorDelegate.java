package id.kawal.competition.steps;

import id.kawal.competition.LateJurors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code remind-late-juror}: reminds the jurors who have not scored by the deadline. */
@Component("remindLateJurorDelegate")
public class RemindLateJurorDelegate implements JavaDelegate {

    private final LateJurors service;

    public RemindLateJurorDelegate(LateJurors service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.remind(Ids.entryId(execution));
    }
}
