package id.kawal.innovation.check;

import static id.kawal.innovation.check.InnovationCheckProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code start-check-batch}: starts the checks of the next batch of running innovations (keyset on the id, so a
 * registry of any size is walked a batch per job) and tells the model whether to go on. A round started by the
 * yearly timer has no year yet: it checks the current one.
 */
@Component("startCheckBatchDelegate")
public class StartCheckBatchDelegate implements JavaDelegate {

    private final InnovationChecks checks;

    public StartCheckBatchDelegate(InnovationChecks checks) {
        this.checks = checks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object year = execution.getVariable(VAR_YEAR);
        int y = year == null ? checks.currentYear() : ((Number) year).intValue();
        Object after = execution.getVariable(VAR_AFTER_ID);
        Object started = execution.getVariable(VAR_STARTED);
        Object by = execution.getVariable(VAR_STARTED_BY);
        InnovationChecks.Batch batch = checks.startBatch(y, after == null ? 0L : ((Number) after).longValue(),
                by == null ? SYSTEM : by.toString());
        if (execution.getProcessBusinessKey() == null) {
            // a round of the yearly timer: named as an administrator's round is, so a second start of the year sees it
            execution.setProcessBusinessKey(roundBusinessKey(y));
        }
        execution.setVariable(VAR_YEAR, y);
        execution.setVariable(VAR_AFTER_ID, batch.lastId());
        execution.setVariable(VAR_STARTED, (started == null ? 0 : ((Number) started).intValue()) + batch.started());
        execution.setVariable(VAR_MORE, batch.more());
    }
}
