package id.kawal.competition.steps;

import id.kawal.competition.EntryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code lapse-entry}: documents were not completed in time; the entry drops out. */
@Component("lapseEntryDelegate")
public class LapseEntryDelegate implements JavaDelegate {

    private final EntryService service;

    public LapseEntryDelegate(EntryService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.lapse(Ids.entryId(execution));
    }
}
