package id.kawal.competition;

import id.kawal.system.InvalidInputException;
import id.kawal.system.web.FormErrors;
import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.context.MessageSource;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's follow-up of an entry's late jurors ({@code handle-late-juror}), where the inbox links. */
@Controller
@RequestMapping("/admin/late-jurors/{taskId}")
@PreAuthorize("hasRole('ADMIN')")
public class LateJurorController {

    private final LateJurors lateJurors;
    private final MessageSource messages;

    public LateJurorController(LateJurors lateJurors, MessageSource messages) {
        this.lateJurors = lateJurors;
        this.messages = messages;
    }

    @InitBinder
    void disallowIds(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String show(@PathVariable String taskId, Authentication user, Model model) {
        return page(taskId, new LateJurorForm(), user, model);
    }

    @PostMapping
    String followUp(@PathVariable String taskId, @Valid @ModelAttribute("form") LateJurorForm form, BindingResult binding,
            Authentication user, Model model, RedirectAttributes redirect, Locale locale) {
        if (!binding.hasErrors()) {
            try {
                Long entryId = lateJurors.followUp(taskId, user.getName(), form);
                redirect.addFlashAttribute("message", "flash.lateJuror." + form.chosen());
                return "redirect:/entries/" + entryId;
            } catch (InvalidInputException e) {
                FormErrors.apply(e, binding, model, messages, locale);
            }
        }
        return page(taskId, form, user, model);
    }

    private String page(String taskId, LateJurorForm form, Authentication user, Model model) {
        model.addAttribute("followUp", lateJurors.followUp(taskId, user.getName()));
        model.addAttribute("form", form);
        return "entries/late-jurors";
    }
}
