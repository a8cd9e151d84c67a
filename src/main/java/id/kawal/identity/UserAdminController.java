package id.kawal.identity;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' page of accounts: who is made to wait after failed logins (and letting them in again), and
 * resetting a password to a temporary one the user must change.
 */
@Controller
@RequestMapping("/admin/users")
public class UserAdminController {

    static final int PAGE_SIZE = 20;

    private final PersonRepository people;
    private final UserAccountService accounts;
    private final PasswordService passwords;
    private final LoginThrottle throttle;

    public UserAdminController(PersonRepository people, UserAccountService accounts, PasswordService passwords,
            LoginThrottle throttle) {
        this.people = people;
        this.accounts = accounts;
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
        PageRequest request = PageRequest.of(Math.max(page, 0), PAGE_SIZE, Sort.by("fullName", "username"));
        String text = q.trim();
        Page<Person> found = people.findByUsernameContainingIgnoreCaseOrFullNameContainingIgnoreCase(text, text, request);
        model.addAttribute("q", text);
        model.addAttribute("people", found);
        model.addAttribute("blocked", throttle.blockedUsers());
        model.addAttribute("minLength", PasswordService.MIN_LENGTH);
        return "admin/users";
    }

    @PostMapping("/{username}/unlock")
    String unlock(@PathVariable String username, RedirectAttributes redirect) {
        requireUser(username);
        throttle.unlock(username);
        redirect.addFlashAttribute("message", "flash.userUnlocked");
        redirect.addFlashAttribute("messageArg", username);
        return "redirect:/admin/users";
    }

    @PostMapping("/{username}/password")
    String reset(@PathVariable String username, @RequestParam(required = false) String password,
            RedirectAttributes redirect) {
        requireUser(username);
        redirect.addAttribute("q", username);
        try {
            // shown once: a flash attribute lives for the next page only
            redirect.addFlashAttribute("temporaryPassword", passwords.reset(username, password));
            redirect.addFlashAttribute("resetUser", username);
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("resetUser", username);
            redirect.addFlashAttribute("resetProblem", e.getMessage());
        }
        return "redirect:/admin/users";
    }

    private void requireUser(String username) {
        if (!accounts.exists(username)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No user " + username);
        }
    }
}
