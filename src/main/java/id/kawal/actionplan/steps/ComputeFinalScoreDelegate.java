package id.kawal.actionplan.steps;

import id.kawal.actionplan.ActionPlanFollowUp;
import id.kawal.actionplan.ActionPlanProcess;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code compute-final-score}: the seminar's final score, handed to the graduation decision table. */
@Component("computeFinalScoreDelegate")
public class ComputeFinalScoreDelegate implements JavaDelegate {

    private final ActionPlanFollowUp followUp;

    public ComputeFinalScoreDelegate(ActionPlanFollowUp followUp) {
        this.followUp = followUp;
    }

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable(ActionPlanProcess.VAR_FINAL_SCORE,
                followUp.computeFinalScore(Steps.actionPlanId(execution)).doubleValue());
    }
}
