package id.kawal.actionplan.steps;

import id.kawal.actionplan.ActionPlanFollowUp;
import id.kawal.actionplan.ActionPlanProcess;
import id.kawal.system.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code escalate-review-*}: a review task has waited twice {@code kawal.action-plan.review-days}; the administrators
 * are told who is late. The step's input parameters name the review task and the reviewer.
 */
@Component("escalateLateReviewDelegate")
public class EscalateLateReviewDelegate implements JavaDelegate {

    private final ActionPlanFollowUp followUp;

    public EscalateLateReviewDelegate(ActionPlanFollowUp followUp) {
        this.followUp = followUp;
    }

    @Override
    public void execute(DelegateExecution execution) {
        followUp.escalateLateReview(Steps.actionPlanId(execution), ProcessVariables.stringVariable(execution, ActionPlanProcess.VAR_REVIEW_TASK),
                ProcessVariables.stringVariable(execution, ActionPlanProcess.VAR_REVIEWER), ProcessVariables.optionalLongVariable(execution,
                        ActionPlanProcess.VAR_MILESTONE_ID));
    }
}
