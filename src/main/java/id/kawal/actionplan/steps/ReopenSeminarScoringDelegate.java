package id.kawal.actionplan.steps;

import id.kawal.actionplan.ActionPlanFollowUp;
import id.kawal.actionplan.ActionPlanProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code reopen-seminar-scoring}: the graduation table answered PERLU_DIPERIKSA (no final score, or one outside
 * 0-100); administrators and assessors are told, and the model asks for the seminar scores again.
 */
@Component("reopenSeminarScoringDelegate")
public class ReopenSeminarScoringDelegate implements JavaDelegate {

    private final ActionPlanFollowUp followUp;

    public ReopenSeminarScoringDelegate(ActionPlanFollowUp followUp) {
        this.followUp = followUp;
    }

    @Override
    public void execute(DelegateExecution execution) {
        followUp.reopenSeminarScoring(Steps.actionPlanId(execution), execution.getVariable(ActionPlanProcess.VAR_FINAL_SCORE));
    }
}
