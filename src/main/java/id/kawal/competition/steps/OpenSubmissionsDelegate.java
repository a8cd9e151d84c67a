package id.kawal.competition.steps;

import id.kawal.competition.CompetitionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code open-submissions}: the window opens; OPDs may enter innovations. */
@Component("openSubmissionsDelegate")
public class OpenSubmissionsDelegate implements JavaDelegate {

    private final CompetitionService service;

    public OpenSubmissionsDelegate(CompetitionService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.openSubmissions(Ids.competitionId(execution));
    }
}
