package id.kawal.actionplan.steps;

import id.kawal.actionplan.ActionPlanFollowUp;
import id.kawal.actionplan.ActionPlanProcess;
import id.kawal.system.ProcessVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code remind-overdue-milestone}: tells the participant and the mentor that a milestone is overdue. */
@Component("remindOverdueMilestoneDelegate")
public class RemindOverdueMilestoneDelegate implements JavaDelegate {

    private final ActionPlanFollowUp followUp;

    public RemindOverdueMilestoneDelegate(ActionPlanFollowUp followUp) {
        this.followUp = followUp;
    }

    @Override
    public void execute(DelegateExecution execution) {
        followUp.remindOverdueMilestone(Steps.actionPlanId(execution),
                ProcessVariables.longVariable(execution, ActionPlanProcess.VAR_MILESTONE_ID));
    }
}
