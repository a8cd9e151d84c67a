package id.kawal.actionplan;

import id.kawal.system.ClockConfig;
import id.kawal.system.KawalProperties;
import id.kawal.system.NotFoundException;
import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the model asks about milestones: which ones the trial has (the multi-instance collection)
 * and when each is due and escalated (its timers). Bean name {@code actionPlanMilestones}.
 */
@Component("actionPlanMilestones")
public class ActionPlanMilestones {

    private final ActionPlanRepository plans;
    private final MilestoneRepository milestones;
    private final KawalProperties properties;

    public ActionPlanMilestones(ActionPlanRepository plans, MilestoneRepository milestones, KawalProperties properties) {
        this.plans = plans;
        this.milestones = milestones;
        this.properties = properties;
    }

    @Transactional(readOnly = true)
    public List<Long> idsOf(Long actionPlanId) {
        ActionPlan plan = plans.findById(actionPlanId).orElseThrow(() -> new NotFoundException("No action plan " + actionPlanId));
        return plan.getMilestones().stream().map(Milestone::getId).toList();
    }

    /** The end of the due day, in the users' zone. */
    public Date dueDateOf(Long milestoneId) {
        return Date.from(milestone(milestoneId).getDueDate().plusDays(1).atStartOfDay(ClockConfig.ZONE).toInstant());
    }

    public Date escalationDateOf(Long milestoneId) {
        return Date.from(milestone(milestoneId).getDueDate().plusDays(1L + properties.actionPlan().escalationDays())
                .atStartOfDay(ClockConfig.ZONE).toInstant());
    }

    private Milestone milestone(Long milestoneId) {
        return milestones.findById(milestoneId).orElseThrow(() -> new NotFoundException("No milestone " + milestoneId));
    }
}
