package id.kawal.identity;

import jakarta.validation.Valid;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One's own e-mail address for notifications: every reminder and escalation is then also e-mailed (when mail is on). */
@Controller
@RequestMapping("/account/email")
public class AccountEmailController {

    private final UserAccountService accounts;

    public AccountEmailController(UserAccountService accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    String form(Authentication user, Model model) {
        model.addAttribute("form", new EmailForm(accounts.emailOf(user.getName()).orElse("")));
        return "account/email";
    }

    @PostMapping
    String save(@Valid @ModelAttribute("form") EmailForm form, BindingResult binding, Authentication user,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return "account/email";
        }
        accounts.setEmail(user.getName(), form.getEmail());
        redirect.addFlashAttribute("message", form.getEmail() == null || form.getEmail().isBlank()
                ? "flash.emailRemoved" : "flash.emailSaved");
        return "redirect:/account/email";
    }
}
