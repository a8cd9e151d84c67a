package id.kawal.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The user's own password: the page linked from the top bar, and where a password someone else set is replaced. */
@Controller
@RequestMapping(PasswordChangeGate.PAGE)
public class AccountController {

    private final PasswordService passwords;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    public AccountController(PasswordService passwords) {
        this.passwords = passwords;
    }

    @GetMapping
    String form(Authentication user, Model model) {
        model.addAttribute("form", new PasswordForm());
        return page(user, model);
    }

    @PostMapping
    String change(@Valid @ModelAttribute("form") PasswordForm form, BindingResult binding, Authentication user,
            Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        if (!binding.hasErrors() && !form.getNewPassword().equals(form.getRepeatPassword())) {
            binding.rejectValue("repeatPassword", "password.mismatch");
        }
        if (!binding.hasErrors()) {
            Map<String, String> problems = passwords.change(user.getName(), form.getCurrentPassword(), form.getNewPassword());
            problems.forEach((field, code) -> binding.rejectValue(field, code, new Object[] {PasswordService.MIN_LENGTH}, code));
        }
        if (binding.hasErrors()) {
            return page(user, model);
        }
        releaseFromGate(user, request, response);
        redirect.addFlashAttribute("message", "flash.passwordChanged");
        return "redirect:/";
    }

    private static String page(Authentication user, Model model) {
        model.addAttribute("required", PasswordChangeGate.isRequired(user));
        model.addAttribute("minLength", PasswordService.MIN_LENGTH);
        return "account/password";
    }

    /** The session's login no longer carries the mark that kept the user on this page. */
    private void releaseFromGate(Authentication user, HttpServletRequest request, HttpServletResponse response) {
        if (!PasswordChangeGate.isRequired(user)) {
            return;
        }
        List<GrantedAuthority> authorities = user.getAuthorities().stream()
                .filter(a -> !PasswordChangeGate.REQUIRED.getAuthority().equals(a.getAuthority()))
                .map(GrantedAuthority.class::cast).toList();
        UsernamePasswordAuthenticationToken released =
                UsernamePasswordAuthenticationToken.authenticated(user.getName(), null, authorities);
        released.setDetails(user.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(released);
        SecurityContextHolder.setContext(context);
        sessions.saveContext(context, request, response);
    }
}
