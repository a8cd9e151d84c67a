package id.kawal.competition.steps;

import id.kawal.competition.EntryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code reject-entry}: the desk review found the entry ineligible. */
@Component("rejectEntryDelegate")
public class RejectEntryDelegate implements JavaDelegate {

    private final EntryService service;

    public RejectEntryDelegate(EntryService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        service.reject(Ids.entryId(execution));
    }
}
