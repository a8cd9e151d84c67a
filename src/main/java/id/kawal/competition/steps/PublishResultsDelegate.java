package id.kawal.competition.steps;

import id.kawal.competition.ResultsService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code publish-results}: the results page opens to the public. */
@Component("publishResultsDelegate")
public class PublishResultsDelegate implements JavaDelegate {

    private final ResultsService service;

    public PublishResultsDelegate(ResultsService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.publish(Ids.competitionId(execution));
    }
}
