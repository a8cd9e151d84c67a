package id.kawal.web;

import id.kawal.actionplan.ActionPlanInbox;
import id.kawal.actionplan.CohortService;
import id.kawal.actionplan.JourneyService;
import id.kawal.certificate.CertificateAddress;
import id.kawal.certificate.CertificateService;
import id.kawal.competition.CompetitionTasks;
import id.kawal.identity.Role;
import id.kawal.innovation.handover.HandoverTasks;
import id.kawal.innovation.check.InnovationCheckTasks;
import id.kawal.notification.NotificationService;
import id.kawal.system.InboxPage;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The home page: what is due for me, the cases I take part in, and my messages. */
@Controller
public class HomeController {

    private final ActionPlanInbox inbox;
    private final JourneyService journeys;
    private final NotificationService notifications;
    private final CohortService cohorts;
    private final CertificateService certificates;
    private final CompetitionTasks competitionTasks;
    private final CertificateAddress certificateAddress;
    private final HandoverTasks handoverTasks;
    private final InnovationCheckTasks checkTasks;

    public HomeController(ActionPlanInbox inbox, JourneyService journeys, NotificationService notifications,
            CohortService cohorts, CertificateService certificates, CompetitionTasks competitionTasks,
            CertificateAddress certificateAddress, HandoverTasks handoverTasks, InnovationCheckTasks checkTasks) {
        this.handoverTasks = handoverTasks;
        this.checkTasks = checkTasks;
        this.competitionTasks = competitionTasks;
        this.certificateAddress = certificateAddress;
        this.inbox = inbox;
        this.journeys = journeys;
        this.notifications = notifications;
        this.cohorts = cohorts;
        this.certificates = certificates;
    }

    /** Each list shows one page; the page numbers of the lists travel together in the links. */
    @GetMapping("/")
    String home(@RequestParam(defaultValue = "0") int tasksPage, @RequestParam(defaultValue = "0") int competitionTasksPage,
            @RequestParam(defaultValue = "0") int handoverTasksPage, @RequestParam(defaultValue = "0") int plansPage,
            @RequestParam(defaultValue = "0") int checkTasksPage,
            Authentication user, Model model) {
        model.addAttribute("tasksPage", tasksPage);
        model.addAttribute("competitionTasksPage", competitionTasksPage);
        model.addAttribute("plansPage", plansPage);
        model.addAttribute("checkTasks", checkTasks.inbox(user.getName(), checkTasksPage, InboxPage.DEFAULT_SIZE));
        model.addAttribute("inbox", inbox.inbox(user.getName(), tasksPage, InboxPage.DEFAULT_SIZE));
        model.addAttribute("competitionTasks", competitionTasks.inbox(user.getName(), competitionTasksPage, InboxPage.DEFAULT_SIZE));
        model.addAttribute("handoverTasks", handoverTasks.inbox(user, handoverTasksPage, InboxPage.DEFAULT_SIZE));
        model.addAttribute("plans", journeys.plansOf(user.getName(), plansPage, InboxPage.DEFAULT_SIZE));
        model.addAttribute("notifications", notifications.latestFor(user.getName()));
        model.addAttribute("certificates", certificates.ofHolder(user.getName()));
        if (Role.ADMIN.isHeldBy(user)) {
            model.addAttribute("cohorts", cohorts.all());
            // the address this administrator reached the app at (proxy headers per server.forward-headers-strategy)
            String reachedAt = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
            certificateAddress.problemSeenFrom(reachedAt).ifPresent(problem -> {
                model.addAttribute("baseUrlProblem", problem.name());
                model.addAttribute("baseUrl", certificateAddress.baseUrl());
                model.addAttribute("reachedAt", reachedAt);
            });
        }
        return "home";
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
