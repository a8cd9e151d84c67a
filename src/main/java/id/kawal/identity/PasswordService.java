package id.kawal.identity;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules of passwords people choose: at least {@value #MIN_LENGTH} characters for every password set by a
 * user, an administrator or enrolment. A password set by someone else must be changed by its user at the next
 * login. (The demo's {@code demo} and the first administrator's own password are set directly, not through here.)
 */
@Service
public class PasswordService {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 100;
    private static final String TEMPORARY_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final int TEMPORARY_LENGTH = 16;

    private final UserAccountService accounts;
    private final LoginThrottle throttle;
    private final SecureRandom random = new SecureRandom();

    public PasswordService(UserAccountService accounts, LoginThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    /** The message code saying what is wrong with a new password, or empty when it may be used. */
    public static Optional<String> problemWith(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        return Optional.empty();
    }

    /**
     * The user changes their own password, giving the current one. Returns the problems by field
     * ({@code currentPassword}, {@code newPassword}) as message codes; empty when the password was changed. Wrong
     * current passwords count as failed logins, so this is no way around the throttle.
     */
    @Transactional
    public Map<String, String> change(String username, String currentPassword, String newPassword) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (!throttle.waitFor(username, null).isZero()) {
            problems.put("currentPassword", "password.throttled");
            return problems;
        }
        if (currentPassword == null || !accounts.checkPassword(username, currentPassword)) {
            throttle.recordFailure(username, null);
            problems.put("currentPassword", "password.currentWrong");
        }
        problemWith(newPassword).ifPresent(code -> problems.put("newPassword", code));
        if (problems.isEmpty()) {
            accounts.changePassword(username, newPassword);
        }
        return problems;
    }

    /**
     * An administrator resets a user's password: to the one given, or to a generated one when none is given. The
     * user must change it at the next login, and may log in at once (any throttle is cleared).
     *
     * @return the temporary password, for the administrator to pass on
     * @throws IllegalArgumentException with a message code when the given password breaks the rules
     */
    @Transactional
    public String reset(String username, String given) {
        String password = given == null || given.isBlank() ? generate() : given;
        problemWith(password).ifPresent(code -> {
            throw new IllegalArgumentException(code);
        });
        accounts.setTemporaryPassword(username, password);
        throttle.unlock(username);
        return password;
    }

    /** How long the user must wait before their password is checked again; zero when they may try now. */
    public Duration waitFor(String username) {
        return throttle.waitFor(username, null);
    }

    private String generate() {
        StringBuilder password = new StringBuilder(TEMPORARY_LENGTH);
        for (int i = 0; i < TEMPORARY_LENGTH; i++) {
            password.append(TEMPORARY_ALPHABET.charAt(random.nextInt(TEMPORARY_ALPHABET.length())));
        }
        return password.toString();
    }
}
