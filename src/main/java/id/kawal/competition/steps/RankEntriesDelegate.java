package id.kawal.competition.steps;

import id.kawal.competition.CompetitionProcess;
import id.kawal.competition.ResultsService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code rank-entries}: ranks by total and tie-break rule; flags a tie the rule cannot settle. */
@Component("rankEntriesDelegate")
public class RankEntriesDelegate implements JavaDelegate {

    private final ResultsService service;

    public RankEntriesDelegate(ResultsService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(CompetitionProcess.VAR_UNRESOLVED_TIE, service.rankEntries(Ids.competitionId(execution)));
    }
}
