package id.kawal.innovation;

import id.kawal.document.DocumentService;
import id.kawal.identity.Role;
import id.kawal.system.InboxPage;
import id.kawal.system.InvalidInputException;
import id.kawal.system.web.FormErrors;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
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

/** The registry's pages for people who log in: the list, a record, registering and editing, its status and evidence. */
@Controller
public class InnovationController {

    private final InnovationRegistry registry;
    private final InnovationAccess access;
    private final InnovationViews views;
    private final DocumentService documents;
    private final MessageSource messages;
    private final InnovationCheckRepository checks;

    public InnovationController(InnovationRegistry registry, InnovationAccess access, InnovationViews views,
            DocumentService documents, MessageSource messages, InnovationCheckRepository checks) {
        this.checks = checks;
        this.registry = registry;
        this.access = access;
        this.views = views;
        this.documents = documents;
        this.messages = messages;
    }

    @InitBinder
    void disallowIds(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/innovations")
    String list(@RequestParam(required = false) String opd, @RequestParam(required = false) InnovationStatus status,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, Authentication user, Model model) {
        Page<Innovation> rows = registry.pageFor(user, new InnovationFilter(opd, status, year, null, q, null, null), page,
                InboxPage.DEFAULT_SIZE);
        model.addAttribute("innovations", rows);
        model.addAttribute("opd", opd);
        model.addAttribute("opds", registry.opds());
        model.addAttribute("status", status);
        model.addAttribute("year", year);
        model.addAttribute("q", q);
        model.addAttribute("statuses", InnovationStatus.values());
        model.addAttribute("mayRegister", access.seesAll(user));
        model.addAttribute("mayCheck", Role.ADMIN.isHeldBy(user));
        return "innovations/list";
    }

    @GetMapping("/innovations/new")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPD')")
    String newForm(Authentication user, Model model) {
        RegistrationForm form = new RegistrationForm();
        form.setOpd(access.opdOf(user).orElse(null));
        return form(form, null, model);
    }

    @PostMapping("/innovations")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPD')")
    String register(@Valid @ModelAttribute("form") RegistrationForm form, BindingResult binding, Authentication user,
            Model model, RedirectAttributes redirect, Locale locale) {
        if (!binding.hasErrors()) {
            try {
                Innovation saved = registry.register(form, user);
                redirect.addFlashAttribute("message", "flash.innovationRegistered");
                return "redirect:/innovations/" + saved.getId();
            } catch (InvalidInputException e) {
                FormErrors.apply(e, binding, model, messages, locale);
            }
        }
        return form(form, null, model);
    }

    @GetMapping("/innovations/{id}")
    String show(@PathVariable Long id, Authentication user, Model model) {
        Innovation innovation = registry.viewable(id, user);
        model.addAttribute("detail", views.of(innovation));
        model.addAttribute("i", innovation);
        model.addAttribute("documents", registry.documentsOf(id));
        model.addAttribute("planDocuments", innovation.getActionPlanId() == null ? List.of()
                : documents.ofActionPlan(innovation.getActionPlanId()));
        boolean editable = access.mayEdit(innovation, user);
        model.addAttribute("editable", editable);
        model.addAttribute("checks", checks.historyOf(id));
        model.addAttribute("checkable", Role.ADMIN.isHeldBy(user) && InnovationStatus.RUNNING.contains(innovation.getStatus()));
        if (editable) {
            if (!model.containsAttribute("statusForm")) {
                StatusChangeForm statusForm = new StatusChangeForm();
                statusForm.setVersion(innovation.getVersion());
                model.addAttribute("statusForm", statusForm);
            }
            if (!model.containsAttribute("evidenceForm")) {
                model.addAttribute("evidenceForm", new EvidenceForm());
            }
            model.addAttribute("choosable", InnovationStatus.CHOOSABLE);
        }
        return "innovations/show";
    }

    @GetMapping("/innovations/{id}/edit")
    String edit(@PathVariable Long id, Authentication user, Model model) {
        Innovation innovation = access.editable(registry.get(id), user);
        return form(RegistrationForm.of(innovation), innovation, model);
    }

    @PostMapping("/innovations/{id}")
    String update(@PathVariable Long id, @Valid @ModelAttribute("form") RegistrationForm form, BindingResult binding,
            Authentication user, Model model, RedirectAttributes redirect, Locale locale) {
        Innovation innovation = access.editable(registry.get(id), user);
        return saveThenShow(id, () -> registry.update(id, form, user), "flash.innovationSaved", binding, model, redirect,
                locale, () -> form(form, innovation, model));
    }

    @PostMapping("/innovations/{id}/status")
    String changeStatus(@PathVariable Long id, @Valid @ModelAttribute("statusForm") StatusChangeForm form,
            BindingResult binding, Authentication user, Model model, RedirectAttributes redirect, Locale locale) {
        access.editable(registry.get(id), user);
        return saveThenShow(id, () -> registry.changeStatus(id, form, user), "flash.innovationStatusChanged", binding,
                model, redirect, locale, () -> show(id, user, model));
    }

    @PostMapping("/innovations/{id}/evidence")
    String addEvidence(@PathVariable Long id, @Valid @ModelAttribute("evidenceForm") EvidenceForm form,
            BindingResult binding, Authentication user, Model model, RedirectAttributes redirect, Locale locale) {
        access.editable(registry.get(id), user);
        return saveThenShow(id, () -> registry.addEvidence(id, form, user), "flash.innovationEvidenceAdded", binding,
                model, redirect, locale, () -> show(id, user, model));
    }

    /**
     * The form's change saved, then the record with a flash message; or, on a field error (from binding or from the
     * registry's rules), the page again with the errors next to their fields.
     */
    private String saveThenShow(Long id, Runnable save, String flash, BindingResult binding, Model model,
            RedirectAttributes redirect, Locale locale, Supplier<String> page) {
        if (!binding.hasErrors()) {
            try {
                save.run();
                redirect.addFlashAttribute("message", flash);
                return "redirect:/innovations/" + id;
            } catch (InvalidInputException e) {
                FormErrors.apply(e, binding, model, messages, locale);
            }
        }
        return page.get();
    }

    @PostMapping("/innovations/{id}/documents")
    String addDocuments(@PathVariable Long id, @RequestParam(name = "files", required = false) List<MultipartFile> files,
            Authentication user, Model model, RedirectAttributes redirect, Locale locale) {
        try {
            registry.addDocuments(id, files, user);
            redirect.addFlashAttribute("message", "flash.innovationEvidenceAdded");
            return "redirect:/innovations/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute(FormErrors.EXTRA_ERRORS, e.getFieldErrors().entrySet().stream().collect(
                    Collectors.toMap(Map.Entry::getKey, f -> messages.getMessage(f.getValue(), locale))));
            return show(id, user, model);
        }
    }

    private String form(RegistrationForm form, Innovation innovation, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("innovation", innovation);
        model.addAttribute("forms", InnovationForm.values());
        model.addAttribute("newStatuses", List.of(InnovationStatus.UJI_COBA, InnovationStatus.BERJALAN));
        return "innovations/form";
    }
}
