package id.kawal.competition.steps;

import id.kawal.competition.JuryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code compute-entry-score}: the weighted mean of the jury's scores. */
@Component("computeEntryScoreDelegate")
public class ComputeEntryScoreDelegate implements JavaDelegate {

    private final JuryService service;

    public ComputeEntryScoreDelegate(JuryService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.computeEntryScore(Ids.entryId(execution));
    }
}
