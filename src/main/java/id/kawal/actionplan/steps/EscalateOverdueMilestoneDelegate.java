package id.kawal.actionplan.steps;

import id.kawal.actionplan.ActionPlanFollowUp;
import id.kawal.actionplan.ActionPlanProcess;
import id.kawal.system.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code escalate-overdue-milestone}: tells the administrators that a milestone is long overdue. */
@Component("escalateOverdueMilestoneDelegate")
public class EscalateOverdueMilestoneDelegate implements JavaDelegate {

    private final ActionPlanFollowUp followUp;

    public EscalateOverdueMilestoneDelegate(ActionPlanFollowUp followUp) {
        this.followUp = followUp;
    }

    @Override
    public void execute(DelegateExecution execution) {
        followUp.escalateOverdueMilestone(Steps.actionPlanId(execution),
                ProcessVariables.longVariable(execution, ActionPlanProcess.VAR_MILESTONE_ID));
    }
}
