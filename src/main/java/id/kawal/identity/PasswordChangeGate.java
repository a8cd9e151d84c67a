package id.kawal.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Until a user has changed a password someone else set, they may do nothing but change it (and log out): pages
 * send them to the change page, the API answers 403. The mark is an authority given at login.
 */
final class PasswordChangeGate extends OncePerRequestFilter {

    /** Granted at login to a user whose password was set by someone else. */
    static final GrantedAuthority REQUIRED = new SimpleGrantedAuthority("PASSWORD_CHANGE_REQUIRED");
    static final String PAGE = "/account/password";
    static final String API = "/api/me/password";

    interface Refusal {
        void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException;
    }

    private final RequestMatcher allowed;
    private final Refusal refusal;

    PasswordChangeGate(RequestMatcher allowed, Refusal refusal) {
        this.allowed = allowed;
        this.refusal = refusal;
    }

    static boolean isRequired(Authentication authentication) {
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> REQUIRED.getAuthority().equals(a.getAuthority()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isRequired(SecurityContextHolder.getContext().getAuthentication()) && !allowed.matches(request)) {
            refusal.refuse(request, response);
            return;
        }
        chain.doFilter(request, response);
    }
}
