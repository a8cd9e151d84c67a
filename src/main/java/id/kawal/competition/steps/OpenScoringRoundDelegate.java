package id.kawal.competition.steps;

import id.kawal.competition.JuryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code open-scoring-round}: jurors are assigned (never to their own OPD) and scoring begins. */
@Component("openScoringRoundDelegate")
public class OpenScoringRoundDelegate implements JavaDelegate {

    private final JuryService service;

    public OpenScoringRoundDelegate(JuryService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.openScoringRound(Ids.competitionId(execution));
    }
}
