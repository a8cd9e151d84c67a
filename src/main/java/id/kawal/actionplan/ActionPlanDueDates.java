package id.kawal.actionplan;

import static id.kawal.actionplan.ActionPlanProcess.REPORT_MILESTONE;
import static id.kawal.actionplan.ActionPlanProcess.VAR_MILESTONE_ID;

import id.kawal.system.KawalProperties;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * When each task of the action plan is due, asked by the model as each task is created
 * ({@code camunda:dueDate="${actionPlanDueDates.of(execution)}"} on every user task): however a task
 * comes to be, by a step, a timer, an asynchronous continuation or a change in Cockpit, it has a
 * due date, so inboxes sort the same on every database. Bean name {@code actionPlanDueDates}.
 */
@Component("actionPlanDueDates")
public class ActionPlanDueDates {

    private final MilestoneRepository milestones;
    private final KawalProperties properties;
    private final Clock clock;

    public ActionPlanDueDates(MilestoneRepository milestones, KawalProperties properties, Clock clock) {
        this.milestones = milestones;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * How long a review may wait before its reviewer is reminded (the late-review timers of every review task,
     * an ISO 8601 duration from the task's creation): {@code kawal.action-plan.review-days}.
     */
    public String lateReviewReminder() {
        return "P" + properties.actionPlan().reviewDays() + "D";
    }

    /** How long a review may wait before the administrators are told: twice {@code kawal.action-plan.review-days}. */
    public String lateReviewEscalation() {
        return "P" + 2 * properties.actionPlan().reviewDays() + "D";
    }

    /** The due date of the user task the execution is entering. */
    public Date of(DelegateExecution execution) {
        String taskKey = execution.getCurrentActivityId();
        Object milestoneId = REPORT_MILESTONE.equals(taskKey) ? execution.getVariable(VAR_MILESTONE_ID) : null;
        return of(taskKey, milestoneId == null ? null : ((Number) milestoneId).longValue());
    }

    /**
     * A milestone report is due on its milestone's day; every other task {@code kawal.action-plan.due-days}
     * days from today. The start of that day, in the users' zone.
     */
    public Date of(String taskKey, Long milestoneId) {
        LocalDate today = LocalDate.now(clock);
        LocalDate due = milestoneId == null ? today.plusDays(properties.actionPlan().dueDaysOf(taskKey))
                : milestones.findById(milestoneId).map(Milestone::getDueDate).orElse(today);
        return Date.from(due.atStartOfDay(clock.getZone()).toInstant());
    }
}
