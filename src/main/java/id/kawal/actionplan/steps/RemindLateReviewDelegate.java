package id.kawal.actionplan.steps;

import id.kawal.actionplan.ActionPlanFollowUp;
import id.kawal.actionplan.ActionPlanProcess;
import id.kawal.system.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code remind-review-*}: a review task has waited {@code kawal.action-plan.review-days}; its reviewer is reminded.
 * The step's input parameters name the review task and the reviewer.
 */
@Component("remindLateReviewDelegate")
public class RemindLateReviewDelegate implements JavaDelegate {

    private final ActionPlanFollowUp followUp;

    public RemindLateReviewDelegate(ActionPlanFollowUp followUp) {
        this.followUp = followUp;
    }

    @Override
    public void execute(DelegateExecution execution) {
        followUp.remindLateReview(Steps.actionPlanId(execution), ProcessVariables.stringVariable(execution, ActionPlanProcess.VAR_REVIEW_TASK),
                ProcessVariables.stringVariable(execution, ActionPlanProcess.VAR_REVIEWER), ProcessVariables.optionalLongVariable(execution,
                        ActionPlanProcess.VAR_MILESTONE_ID));
    }
}
