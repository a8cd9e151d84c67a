package id.kawal.actionplan;

import static id.kawal.actionplan.ActionPlanProcess.*;

import id.kawal.certificate.Certificate;
import id.kawal.document.DocumentService;
import id.kawal.system.ConflictException;
import id.kawal.system.InvalidInputException;
import id.kawal.system.web.Downloads;
import id.kawal.system.web.FormErrors;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The journey page and the form of every task of the action plan. */
@Controller
public class ActionPlanController {

    private final ActionPlanWorkflow workflow;
    private final ActionPlanInbox inbox;
    private final JourneyService journeys;
    private final MessageSource messages;
    private final ActionPlanReports reports;

    public ActionPlanController(ActionPlanWorkflow workflow, ActionPlanInbox inbox, JourneyService journeys,
            MessageSource messages, ActionPlanReports reports) {
        this.reports = reports;
        this.workflow = workflow;
        this.inbox = inbox;
        this.journeys = journeys;
        this.messages = messages;
    }

    @InitBinder
    void disallowIds(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/plans/{id}")
    String journey(@PathVariable Long id, Authentication user, Model model) {
        model.addAttribute("journey", journeys.journey(id, user));
        return "plans/journey";
    }

    @GetMapping("/plans/{id}/report.pdf")
    ResponseEntity<byte[]> progressReport(@PathVariable Long id, Authentication user, Locale locale) {
        byte[] pdf = reports.progress(id, user, locale);
        return Downloads.attachment("laporan-kemajuan-" + id + ".pdf", MediaType.APPLICATION_PDF,
                DocumentService.sha256(pdf), pdf);
    }

    @GetMapping("/plans/{id}/audit.pdf")
    ResponseEntity<byte[]> auditTrail(@PathVariable Long id, Authentication user, Locale locale) {
        byte[] pdf = reports.auditTrail(id, user, locale);
        return Downloads.attachment("jejak-audit-" + id + ".pdf", MediaType.APPLICATION_PDF,
                DocumentService.sha256(pdf), pdf);
    }

    @GetMapping("/tasks/{taskId}")
    String task(@PathVariable String taskId, Authentication user, Model model) {
        WorkItem item = inbox.task(taskId, user.getName());
        String key = item.taskKey();
        if (key.equals(DRAFT_PROPOSAL)) {
            ActionPlan plan = inbox.planOfTask(taskId, user.getName());
            ProposalForm form = new ProposalForm();
            form.setTitle(plan.getTitle());
            form.setProblemStatement(plan.getProblemStatement());
            form.setObjectives(plan.getObjectives());
            form.setMilestones(plan.getMilestones().stream()
                    .map(m -> new ProposalForm.MilestoneRow(m.getTitle(), m.getDueDate())).toList());
            form.padMilestones();
            model.addAttribute("form", form);
        } else if (key.startsWith("review-")) {
            model.addAttribute("form", new ReviewForm());
        } else if (key.startsWith("score-")) {
            model.addAttribute("form", new SeminarScoreForm());
        } else if (!key.equals(ISSUE_CERTIFICATE)) {
            model.addAttribute("form", new StageReportForm());
        }
        return taskPage(taskId, user, model);
    }

    private String taskPage(String taskId, Authentication user, Model model) {
        WorkItem item = inbox.task(taskId, user.getName());
        model.addAttribute("item", item);
        model.addAttribute("holding", inbox.holding(taskId, user.getName()));
        model.addAttribute("journey", journeys.journey(item.actionPlanId(), user));
        Long milestoneId = inbox.milestoneIdOf(taskId);
        model.addAttribute("milestoneId", milestoneId);
        JourneyView journey = (JourneyView) model.getAttribute("journey");
        if (item.taskKey().startsWith("review-")) {
            SubmissionComparison.forReview(journey.plan(), item.taskKey(), milestoneId, journey.documents())
                    .ifPresent(c -> model.addAttribute("comparison", c));
            model.addAttribute("underReview", UnderReview.of(item.taskKey(), milestoneId, journey.plan(),
                    journey.documents()));
        }
        String key = item.taskKey();
        if (key.equals(DRAFT_PROPOSAL)) {
            return "tasks/proposal";
        } else if (key.startsWith("review-")) {
            return "tasks/review";
        } else if (key.startsWith("score-")) {
            return "tasks/score";
        } else if (key.equals(ISSUE_CERTIFICATE)) {
            return "tasks/issue";
        }
        return "tasks/report";
    }

    /** Takes a task offered to the user's group, then shows it again. */
    @PostMapping("/tasks/{taskId}/claim")
    String claim(@PathVariable String taskId, Authentication user, RedirectAttributes redirect) {
        workflow.claim(taskId, user.getName());
        redirect.addFlashAttribute("message", "flash.taskClaimed");
        return "redirect:/tasks/" + taskId;
    }

    @PostMapping("/tasks/{taskId}/proposal")
    String proposal(@PathVariable String taskId, @Valid @ModelAttribute("form") ProposalForm form, BindingResult binding,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, Authentication user, Model model,
            RedirectAttributes redirect, Locale locale) {
        return handle(taskId, DRAFT_PROPOSAL::equals, form, binding, user, model, redirect, locale,
                () -> workflow.submitProposal(taskId, user.getName(), form, files), form::padMilestones);
    }

    @PostMapping("/tasks/{taskId}/review")
    String review(@PathVariable String taskId, @Valid @ModelAttribute("form") ReviewForm form, BindingResult binding,
            Authentication user, Model model, RedirectAttributes redirect, Locale locale) {
        return handle(taskId, key -> key.startsWith("review-"), form, binding, user, model, redirect, locale,
                () -> workflow.review(taskId, user.getName(), form), () -> { });
    }

    @PostMapping("/tasks/{taskId}/report")
    String report(@PathVariable String taskId, @Valid @ModelAttribute("form") StageReportForm form,
            BindingResult binding, @RequestParam(name = "files", required = false) List<MultipartFile> files,
            Authentication user, Model model, RedirectAttributes redirect, Locale locale) {
        String key = inbox.task(taskId, user.getName()).taskKey();
        Runnable action = switch (key) {
            case REPORT_MILESTONE -> () -> workflow.reportMilestone(taskId, user.getName(), form, files);
            case SUBMIT_EVALUATION -> () -> workflow.submitEvaluation(taskId, user.getName(), form, files);
            default -> () -> workflow.submitFinalReport(taskId, user.getName(), form, files);
        };
        return handle(taskId, REPORTS::contains, form, binding, user, model, redirect, locale, action, () -> { });
    }

    @PostMapping("/tasks/{taskId}/score")
    String score(@PathVariable String taskId, @Valid @ModelAttribute("form") SeminarScoreForm form,
            BindingResult binding, Authentication user, Model model, RedirectAttributes redirect, Locale locale) {
        return handle(taskId, key -> key.startsWith("score-"), form, binding, user, model, redirect, locale,
                () -> workflow.scoreSeminar(taskId, user.getName(), form), () -> { });
    }

    @PostMapping("/tasks/{taskId}/issue")
    String issue(@PathVariable String taskId, Authentication user, RedirectAttributes redirect) {
        Long planId = inbox.task(taskId, user.getName()).actionPlanId();
        Certificate certificate = workflow.issueCertificate(taskId, user.getName());
        redirect.addFlashAttribute("message", "flash.certificateIssued");
        redirect.addFlashAttribute("messageArg", certificate.getSerial());
        return "redirect:/plans/" + planId;
    }

    private static final Set<String> REPORTS = Set.of(REPORT_MILESTONE, SUBMIT_EVALUATION,
            SUBMIT_FINAL_REPORT);

    /**
     * @param kind the task keys this form is for: a form sent to a task of another kind is a 409 (the page of
     *             that task cannot show this form again with its errors)
     */
    private String handle(String taskId, Predicate<String> kind, Object form, BindingResult binding,
            Authentication user, Model model, RedirectAttributes redirect, Locale locale, Runnable action,
            Runnable beforeRerender) {
        WorkItem item = inbox.task(taskId, user.getName());
        if (!kind.test(item.taskKey())) {
            throw new ConflictException("task.wrongKind");
        }
        Long planId = item.actionPlanId();
        if (!binding.hasErrors()) {
            try {
                action.run();
                redirect.addFlashAttribute("message", "flash.taskDone");
                return "redirect:/plans/" + planId;
            } catch (InvalidInputException e) {
                FormErrors.apply(e, binding, model, messages, locale);
            }
        }
        beforeRerender.run();
        return taskPage(taskId, user, model);
    }
}
