package id.kawal.web;

import id.kawal.certificate.CertificateAddress;
import id.kawal.identity.Role;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The home page: what is due for me, the cases I take part in, and my messages. */
@Controller
public class HomeController {

    private final HomeLists lists;
    private final CertificateAddress certificateAddress;

    public HomeController(HomeLists lists, CertificateAddress certificateAddress) {
        this.lists = lists;
        this.certificateAddress = certificateAddress;
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
        HomeLists.Lists shown = lists.of(user,
                new HomeLists.Pages(tasksPage, competitionTasksPage, handoverTasksPage, plansPage, checkTasksPage));
        model.addAttribute("checkTasks", shown.checkTasks());
        model.addAttribute("inbox", shown.inbox());
        model.addAttribute("competitionTasks", shown.competitionTasks());
        model.addAttribute("handoverTasks", shown.handoverTasks());
        model.addAttribute("plans", shown.plans());
        model.addAttribute("notifications", shown.notifications());
        model.addAttribute("certificates", shown.certificates());
        if (Role.ADMIN.isHeldBy(user)) {
            model.addAttribute("cohorts", shown.cohorts());
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
