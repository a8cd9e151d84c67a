package id.kawal.identity;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.validation.BindException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Accounts in the API: one's own password and e-mail address, and an administrator's reset and unlock of someone else's account. */
@RestController
@RequestMapping("/api")
public class AccountApiController {

    private final PasswordService passwords;
    private final UserAccountService accounts;
    private final LoginThrottle throttle;

    public AccountApiController(PasswordService passwords, UserAccountService accounts, LoginThrottle throttle) {
        this.passwords = passwords;
        this.accounts = accounts;
        this.throttle = throttle;
    }

    public record PasswordChange(@NotBlank(message = "{field.required}") String currentPassword,
            @NotBlank(message = "{field.required}") String newPassword) {
    }

    public record PasswordReset(String password) {
    }

    @PostMapping("/me/password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Change one's own password (at least 12 characters); the only call allowed while a password "
            + "set by an administrator or by enrolment has not been changed")
    void change(@Valid @RequestBody PasswordChange body, BindingResult binding, Authentication user) throws BindException {
        if (!binding.hasErrors()) {
            passwords.change(user.getName(), body.currentPassword(), body.newPassword())
                    .forEach((field, code) -> binding.addError(new FieldError(binding.getObjectName(), field, null, false,
                            new String[] {code}, new Object[] {PasswordService.MIN_LENGTH}, code)));
        }
        if (binding.hasErrors()) {
            throw new BindException(binding);
        }
    }

    @PostMapping("/me/email")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Set one's own e-mail address for notifications ({\"email\": \"...\"}; empty or null removes it)")
    void email(@Valid @RequestBody EmailForm body, Authentication user) {
        accounts.setEmail(user.getName(), body.getEmail());
    }

    @PostMapping("/users/{username}/password-reset")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Set a temporary password (the one given, or a generated one) that the user must change at the next login")
    Map<String, String> reset(@PathVariable String username, @RequestBody(required = false) PasswordReset body) {
        requireUser(username);
        try {
            return Map.of("temporaryPassword", passwords.reset(username, body == null ? null : body.password()));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "password: at least " + PasswordService.MIN_LENGTH
                    + " characters");
        }
    }

    @PostMapping("/users/{username}/unlock")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Let a user whose failed logins are throttled try again at once")
    void unlock(@PathVariable String username) {
        requireUser(username);
        throttle.unlock(username);
    }

    private void requireUser(String username) {
        if (!accounts.exists(username)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No user " + username);
        }
    }
}
