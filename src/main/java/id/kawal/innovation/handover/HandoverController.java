package id.kawal.innovation.handover;

import id.kawal.identity.Person;
import id.kawal.identity.PersonRepository;
import id.kawal.innovation.Innovation;
import id.kawal.innovation.InnovationRegistry;
import id.kawal.system.InvalidInputException;
import id.kawal.system.web.FormErrors;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The handover's pages: a record's handovers with the "Catat mutasi pemilik" form, and the three steps (name the
 * successor, hand over the checklist, accept it), where the home page's inbox links.
 */
@Controller
public class HandoverController {

    private final HandoverService handovers;
    private final HandoverAccess access;
    private final InnovationRegistry registry;
    private final PersonRepository people;
    private final MessageSource messages;

    public HandoverController(HandoverService handovers, HandoverAccess access, InnovationRegistry registry,
            PersonRepository people, MessageSource messages) {
        this.handovers = handovers;
        this.access = access;
        this.registry = registry;
        this.people = people;
        this.messages = messages;
    }

    @InitBinder
    void disallowIds(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/innovations/{id}/handover")
    String record(@PathVariable Long id, Authentication user, Model model) {
        return recordPage(id, new RotationForm(), user, model);
    }

    @PostMapping("/innovations/{id}/handover")
    String start(@PathVariable Long id, @Valid @ModelAttribute("form") RotationForm form, BindingResult binding,
            Authentication user, Model model, RedirectAttributes redirect, Locale locale) {
        handovers.recordable(id, user);
        return saveThen(() -> handovers.start(id, form, user), "/innovations/" + id + "/handover",
                "flash.handoverStarted", binding, model, redirect, locale, () -> recordPage(id, form, user, model));
    }

    @GetMapping("/handover-tasks/{taskId}")
    String task(@PathVariable String taskId, Authentication user, Model model) {
        HandoverService.TaskView view = handovers.view(taskId, user);
        Object form = switch (view.task().getTaskDefinitionKey()) {
            case HandoverProcess.NAME_SUCCESSOR -> new SuccessorForm();
            case HandoverProcess.HAND_OVER -> new ChecklistForm();
            default -> new AcceptanceForm();
        };
        return taskPage(view, form, model);
    }

    @PostMapping("/handover-tasks/{taskId}/successor")
    String nameSuccessor(@PathVariable String taskId, @Valid @ModelAttribute("form") SuccessorForm form,
            BindingResult binding, Authentication user, Model model, RedirectAttributes redirect, Locale locale) {
        HandoverService.TaskView view = handovers.view(taskId, user);
        return saveThen(() -> handovers.nameSuccessor(taskId, form, user), "/innovations/" + view.innovation().getId()
                + "/handover", "flash.handoverSuccessorNamed", binding, model, redirect, locale,
                () -> taskPage(view, form, model));
    }

    @PostMapping("/handover-tasks/{taskId}/checklist")
    String handOver(@PathVariable String taskId, @Valid @ModelAttribute("form") ChecklistForm form,
            BindingResult binding, Authentication user, Model model, RedirectAttributes redirect, Locale locale) {
        HandoverService.TaskView view = handovers.view(taskId, user);
        return saveThen(() -> handovers.handOver(taskId, form, user), "/innovations/" + view.innovation().getId()
                + "/handover", "flash.handoverHandedOver", binding, model, redirect, locale,
                () -> taskPage(view, form, model));
    }

    @PostMapping("/handover-tasks/{taskId}/acceptance")
    String accept(@PathVariable String taskId, @Valid @ModelAttribute("form") AcceptanceForm form,
            BindingResult binding, Authentication user, Model model, RedirectAttributes redirect, Locale locale) {
        HandoverService.TaskView view = handovers.view(taskId, user);
        String flash = form.getDecision() == AcceptanceForm.Decision.RETURN ? "flash.handoverReturned" : "flash.handoverAccepted";
        return saveThen(() -> handovers.accept(taskId, form, user), "/innovations/" + view.innovation().getId()
                + "/handover", flash, binding, model, redirect, locale, () -> taskPage(view, form, model));
    }

    /** The step saved, then the record's handovers with a flash message; or the page again with the errors. */
    private String saveThen(Runnable save, String then, String flash, BindingResult binding, Model model,
            RedirectAttributes redirect, Locale locale, Supplier<String> page) {
        if (!binding.hasErrors()) {
            try {
                save.run();
                redirect.addFlashAttribute("message", flash);
                return "redirect:" + then;
            } catch (InvalidInputException e) {
                FormErrors.apply(e, binding, model, messages, locale);
            }
        }
        return page.get();
    }

    private String recordPage(Long id, RotationForm form, Authentication user, Model model) {
        List<Handover> all = handovers.historyOf(id, user);
        Innovation innovation = registry.get(id);
        Handover running = all.stream().filter(Handover::isRunning).findFirst().orElse(null);
        model.addAttribute("i", innovation);
        model.addAttribute("handovers", all);
        model.addAttribute("running", running);
        model.addAttribute("openTask", running == null ? null : handovers.openTaskFor(running, user));
        model.addAttribute("mayRecord", running == null && !innovation.isOwnerless() && access.mayRecord(innovation, user));
        model.addAttribute("form", form);
        return "handover/record";
    }

    private String taskPage(HandoverService.TaskView view, Object form, Model model) {
        model.addAttribute("view", view);
        model.addAttribute("h", view.handover());
        model.addAttribute("i", view.innovation());
        model.addAttribute("form", form);
        String key = view.task().getTaskDefinitionKey();
        if (HandoverProcess.NAME_SUCCESSOR.equals(key)) {
            model.addAttribute("candidates", people.findTop200ByAgencyOrderByFullNameAsc(view.handover().getOpd()).stream()
                    .filter(p -> !p.getUsername().equals(view.handover().getOutgoing().username()))
                    .map(Candidate::of).toList());
        }
        return "handover/" + key;
    }

    /** A person of the OPD who can be named: their account and what the list shows of them. */
    public record Candidate(String username, String fullName, String position) {
        static Candidate of(Person p) {
            return new Candidate(p.getUsername(), p.getFullName(), p.getPosition());
        }
    }
}
