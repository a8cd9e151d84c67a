package id.kawal.actionplan;

import id.kawal.identity.Person;
import id.kawal.identity.Role;
import id.kawal.identity.UserAccountService;
import id.kawal.notification.NotificationService;
import id.kawal.system.KawalProperties;
import id.kawal.system.NotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the engine does on its own: reminders, escalations, the final score, the not-passed notice. */
@Service
public class ActionPlanFollowUp {

    private final ActionPlanRepository plans;
    private final NotificationService notifications;
    private final UserAccountService accounts;
    private final KawalProperties properties;
    private final Clock clock;

    public ActionPlanFollowUp(ActionPlanRepository plans, NotificationService notifications,
            UserAccountService accounts, KawalProperties properties, Clock clock) {
        this.plans = plans;
        this.notifications = notifications;
        this.accounts = accounts;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    public void remindOverdueMilestone(Long actionPlanId, Long milestoneId) {
        ActionPlan plan = plan(actionPlanId);
        Milestone milestone = plan.milestone(milestoneId).orElseThrow(() -> new NotFoundException("No milestone " + milestoneId));
        if (!milestone.awaitsReport()) {
            return; // reported on time and under review: the reviewer's late-review timers follow it, not this one
        }
        milestone.markReminded(clock.instant());
        plan.record(Stage.TRIAL, ActionPlanProcess.REPORT_MILESTONE, ActionPlanEvent.Kind.REMINDED, null, milestoneId,
                null, clock.instant());
        notifications.notify(List.of(plan.getParticipant(), plan.getMentor()), "notify.milestoneOverdue",
                milestone.getTitle(), accounts.displayName(plan.getParticipant()), link(plan));
    }

    @Transactional
    public void escalateOverdueMilestone(Long actionPlanId, Long milestoneId) {
        ActionPlan plan = plan(actionPlanId);
        Milestone milestone = plan.milestone(milestoneId).orElseThrow(() -> new NotFoundException("No milestone " + milestoneId));
        if (!milestone.awaitsReport()) {
            return; // reported on time and under review: the reviewer's late-review timers follow it, not this one
        }
        milestone.markEscalated(clock.instant());
        plan.record(Stage.TRIAL, ActionPlanProcess.REPORT_MILESTONE, ActionPlanEvent.Kind.ESCALATED, null, milestoneId,
                null, clock.instant());
        notifications.notify(admins(), "notify.milestoneEscalated", milestone.getTitle(),
                accounts.displayName(plan.getParticipant()), link(plan));
    }

    /**
     * A review has waited {@code kawal.action-plan.review-days}: the reviewer is reminded, the plan records it.
     *
     * @param milestoneId the milestone under review, or null for a review of the whole plan's stage
     */
    @Transactional
    public void remindLateReview(Long actionPlanId, String reviewTask, String reviewer, Long milestoneId) {
        ActionPlan plan = plan(actionPlanId);
        plan.record(Stage.ofTask(reviewTask), reviewTask, ActionPlanEvent.Kind.REMINDED, null, milestoneId, null,
                clock.instant());
        notifications.notify(List.of(reviewer), "notify.reviewLate", accounts.displayName(plan.getParticipant()),
                String.valueOf(properties.actionPlan().reviewDays()), link(plan));
    }

    /** A review has waited twice {@code kawal.action-plan.review-days}: the administrators are told who is late. */
    @Transactional
    public void escalateLateReview(Long actionPlanId, String reviewTask, String reviewer, Long milestoneId) {
        ActionPlan plan = plan(actionPlanId);
        plan.record(Stage.ofTask(reviewTask), reviewTask, ActionPlanEvent.Kind.ESCALATED, null, milestoneId, null,
                clock.instant());
        notifications.notify(admins(), "notify.reviewEscalated", accounts.displayName(reviewer),
                accounts.displayName(plan.getParticipant()), link(plan));
    }

    @Transactional
    public BigDecimal computeFinalScore(Long actionPlanId) {
        return plan(actionPlanId).computeFinalScore();
    }

    /**
     * The graduation table could not judge the final score (missing or outside 0-100): no pass decision is taken, the
     * administrators and the three assessors are told, the plan records it, and the model opens the seminar scoring
     * again.
     */
    @Transactional
    public void reopenSeminarScoring(Long actionPlanId, Object finalScore) {
        ActionPlan plan = plan(actionPlanId);
        String score = finalScore == null ? "kosong" : finalScore.toString();
        plan.record(Stage.SEMINAR, null, ActionPlanEvent.Kind.ESCALATED, null, null,
                "Nilai akhir " + score + " tidak dapat diberi predikat (harus 0 sampai 100); penilaian seminar dibuka kembali.",
                clock.instant());
        List<String> recipients = new ArrayList<>(accounts.usersWithRole(Role.ADMIN).stream().map(Person::getUsername).toList());
        recipients.addAll(List.of(plan.getExaminer(), plan.getCoach(), plan.getMentor()));
        notifications.notify(recipients, "notify.finalScoreNeedsReview", accounts.displayName(plan.getParticipant()), score,
                link(plan));
    }

    @Transactional
    public void noticeNotPassed(Long actionPlanId) {
        ActionPlan plan = plan(actionPlanId);
        notifications.notify(List.of(plan.getParticipant(), plan.getMentor()), "notify.notPassed",
                accounts.displayName(plan.getParticipant()), plan.getFinalScore() == null ? "" : plan.getFinalScore().toPlainString(),
                link(plan));
    }

    private List<String> admins() {
        return accounts.usersWithRole(Role.ADMIN).stream().map(Person::getUsername).toList();
    }

    private ActionPlan plan(Long id) {
        return plans.findById(id).orElseThrow(() -> new NotFoundException("No action plan " + id));
    }

    private static String link(ActionPlan plan) {
        return "/plans/" + plan.getId();
    }
}
