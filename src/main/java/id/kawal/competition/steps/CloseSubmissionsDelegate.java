package id.kawal.competition.steps;

import id.kawal.competition.CompetitionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code close-submissions}: the window closes; the desk review begins. */
@Component("closeSubmissionsDelegate")
public class CloseSubmissionsDelegate implements JavaDelegate {

    private final CompetitionService service;

    public CloseSubmissionsDelegate(CompetitionService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.closeSubmissions(Ids.competitionId(execution));
    }
}
