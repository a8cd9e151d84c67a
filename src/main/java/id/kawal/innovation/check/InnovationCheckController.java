package id.kawal.innovation.check;

import id.kawal.innovation.InnovationCheck;
import id.kawal.innovation.InnovationRegistry;
import id.kawal.system.InboxPage;
import id.kawal.system.InvalidInputException;
import id.kawal.system.web.FormErrors;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The yearly check's pages: a year's outcomes for the administrators (and starting a year's round or one record's
 * check), and the question itself for whoever is asked.
 */
@Controller
public class InnovationCheckController {

    private final InnovationChecks checks;
    private final InnovationRegistry registry;
    private final MessageSource messages;

    public InnovationCheckController(InnovationChecks checks, InnovationRegistry registry, MessageSource messages) {
        this.checks = checks;
        this.registry = registry;
        this.messages = messages;
    }

    @GetMapping("/innovations/checks")
    @PreAuthorize("hasRole('ADMIN')")
    String year(@RequestParam(required = false) Integer year, @RequestParam(required = false) String opd,
            @RequestParam(defaultValue = "0") int page, Model model) {
        int y = year == null ? checks.currentYear() : year;
        model.addAttribute("year", y);
        model.addAttribute("opd", opd);
        model.addAttribute("opds", registry.opds());
        model.addAttribute("summary", checks.summary(y, opd));
        model.addAttribute("checks", checks.page(y, opd, page, InboxPage.DEFAULT_SIZE));
        model.addAttribute("currentYear", checks.currentYear());
        return "innovations/checks";
    }

    @PostMapping("/innovations/checks/rounds")
    @PreAuthorize("hasRole('ADMIN')")
    String startRound(@RequestParam(required = false) Integer year, Authentication user, RedirectAttributes redirect) {
        int y = year == null ? checks.currentYear() : year;
        try {
            checks.startRound(y, user);
            redirect.addFlashAttribute("message", "flash.checkRoundStarted");
        } catch (RoundAlreadyStartedException e) {
            redirect.addFlashAttribute("message", "check.roundStartedCount");
            redirect.addFlashAttribute("messageArg", e.getExistingChecks());
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("message", "check.yearRefused");
        }
        return "redirect:/innovations/checks?year=" + y;
    }

    @PostMapping("/innovations/{id}/checks")
    @PreAuthorize("hasRole('ADMIN')")
    String startOne(@PathVariable Long id, @RequestParam(required = false) Integer year, Authentication user,
            RedirectAttributes redirect) {
        checks.startOne(id, year == null ? checks.currentYear() : year, user);
        redirect.addFlashAttribute("message", "flash.checkStarted");
        return "redirect:/innovations/" + id;
    }

    @GetMapping("/innovations/checks/tasks/{taskId}")
    String task(@PathVariable String taskId, Authentication user, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new CheckAnswerForm());
        }
        return page(taskId, user, model);
    }

    @PostMapping("/innovations/checks/tasks/{taskId}")
    String answer(@PathVariable String taskId, @Valid @ModelAttribute("form") CheckAnswerForm form, BindingResult binding,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, Authentication user, Model model,
            RedirectAttributes redirect, Locale locale) {
        if (!binding.hasErrors()) {
            try {
                InnovationCheck check = checks.answer(taskId, form, files, user);
                redirect.addFlashAttribute("message", "flash.checkAnswered");
                return "redirect:/innovations/" + check.getInnovationId();
            } catch (InvalidInputException e) {
                FormErrors.apply(e, binding, model, messages, locale);
            }
        }
        return page(taskId, user, model);
    }

    private String page(String taskId, Authentication user, Model model) {
        InnovationChecks.TaskView view = checks.view(taskId, user);
        model.addAttribute("view", view);
        model.addAttribute("i", view.innovation());
        return "innovations/check-task";
    }
}
