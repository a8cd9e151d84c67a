package id.kawal.actionplan.steps;

import id.kawal.actionplan.ActionPlanFollowUp;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code send-not-passed-notice}: tells the participant and the mentor that the plan did not pass. */
@Component("sendNotPassedNoticeDelegate")
public class SendNotPassedNoticeDelegate implements JavaDelegate {

    private final ActionPlanFollowUp followUp;

    public SendNotPassedNoticeDelegate(ActionPlanFollowUp followUp) {
        this.followUp = followUp;
    }

    @Override
    public void execute(DelegateExecution execution) {
        followUp.noticeNotPassed(Steps.actionPlanId(execution));
    }
}
