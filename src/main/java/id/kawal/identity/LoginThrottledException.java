package id.kawal.identity;

import java.time.Duration;
import org.springframework.security.authentication.BadCredentialsException;

/**
 * A login refused because of too many failed ones: to the API a failed login like any other (401), so that it
 * says nothing about the account; the login page says how long to wait.
 */
public class LoginThrottledException extends BadCredentialsException {

    private final long minutes;

    public LoginThrottledException(Duration wait) {
        super("Bad credentials");
        this.minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
    }

    /** The wait, in whole minutes rounded up. */
    public long minutes() {
        return minutes;
    }
}
