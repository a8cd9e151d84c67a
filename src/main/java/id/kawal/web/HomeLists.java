package id.kawal.web;

import id.kawal.actionplan.ActionPlanInbox;
import id.kawal.actionplan.Cohort;
import id.kawal.actionplan.CohortService;
import id.kawal.actionplan.JourneyService;
import id.kawal.actionplan.WorkItem;
import id.kawal.certificate.Certificate;
import id.kawal.certificate.CertificateService;
import id.kawal.competition.CompetitionTasks;
import id.kawal.identity.Role;
import id.kawal.innovation.check.InnovationCheckTasks;
import id.kawal.innovation.handover.HandoverTasks;
import id.kawal.notification.Notification;
import id.kawal.notification.NotificationService;
import id.kawal.system.InboxPage;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything the home page lists, read in one read-only transaction: one connection and one snapshot for the whole
 * page instead of one per list, and the user's groups looked up once for all the inboxes.
 */
@Component
public class HomeLists {

    /** The page numbers of the home page's lists. */
    public record Pages(int tasks, int competitionTasks, int handoverTasks, int plans, int checkTasks) {
    }

    /** What the home page shows; {@code cohorts} is empty except for administrators. */
    public record Lists(InboxPage<WorkItem> inbox, InboxPage<CompetitionTasks.Item> competitionTasks,
            InboxPage<HandoverTasks.Item> handoverTasks, InboxPage<InnovationCheckTasks.Item> checkTasks,
            Page<JourneyService.PlanRow> plans, List<Notification> notifications, List<Certificate> certificates,
            List<Cohort> cohorts) {
    }

    private final ActionPlanInbox inbox;
    private final JourneyService journeys;
    private final NotificationService notifications;
    private final CohortService cohorts;
    private final CertificateService certificates;
    private final CompetitionTasks competitionTasks;
    private final HandoverTasks handoverTasks;
    private final InnovationCheckTasks checkTasks;

    public HomeLists(ActionPlanInbox inbox, JourneyService journeys, NotificationService notifications, CohortService cohorts,
            CertificateService certificates, CompetitionTasks competitionTasks, HandoverTasks handoverTasks,
            InnovationCheckTasks checkTasks) {
        this.inbox = inbox;
        this.journeys = journeys;
        this.notifications = notifications;
        this.cohorts = cohorts;
        this.certificates = certificates;
        this.competitionTasks = competitionTasks;
        this.handoverTasks = handoverTasks;
        this.checkTasks = checkTasks;
    }

    @Transactional(readOnly = true)
    public Lists of(Authentication user, Pages pages) {
        String username = user.getName();
        return new Lists(
                inbox.inbox(username, pages.tasks(), InboxPage.DEFAULT_SIZE),
                competitionTasks.inbox(username, pages.competitionTasks(), InboxPage.DEFAULT_SIZE),
                handoverTasks.inbox(user, pages.handoverTasks(), InboxPage.DEFAULT_SIZE),
                checkTasks.inbox(username, pages.checkTasks(), InboxPage.DEFAULT_SIZE),
                journeys.plansOf(username, pages.plans(), InboxPage.DEFAULT_SIZE),
                notifications.latestFor(username),
                certificates.ofHolder(username),
                Role.ADMIN.isHeldBy(user) ? cohorts.all() : List.of());
    }
}
