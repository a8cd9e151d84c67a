package id.kawal.identity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Logs users in against the engine's identity store and grants one authority per role group. Guessing is
 * slowed down by the {@link LoginThrottle}: while a user or an address must wait, no password is checked. A user
 * whose password someone else set is marked to change it ({@link PasswordChangeGate}).
 */
@Component
public class EngineIdentityAuthenticationProvider implements AuthenticationProvider {

    private final UserAccountService accounts;
    private final LoginThrottle throttle;

    public EngineIdentityAuthenticationProvider(UserAccountService accounts, LoginThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (username == null || credentials == null) {
            throw new BadCredentialsException("Bad credentials");
        }
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        Duration wait = throttle.waitFor(username, address);
        if (!wait.isZero()) {
            throw new LoginThrottledException(wait);
        }
        if (!accounts.checkPassword(username, credentials.toString())) {
            Duration next = throttle.recordFailure(username, address);
            throw next.isZero() ? new BadCredentialsException("Bad credentials") : new LoginThrottledException(next);
        }
        throttle.recordSuccess(username);
        List<GrantedAuthority> authorities = new ArrayList<>(accounts.rolesOf(username).stream()
                .map(role -> new SimpleGrantedAuthority(role.authority())).toList());
        if (accounts.isPasswordChangeRequired(username)) {
            authorities.add(PasswordChangeGate.REQUIRED);
        }
        UsernamePasswordAuthenticationToken result = UsernamePasswordAuthenticationToken.authenticated(username, null, authorities);
        result.setDetails(authentication.getDetails());
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
