package id.kawal.system.web;

import id.kawal.system.DatabaseFaults;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns a database outage that escapes Spring MVC into a 503 page or problem detail instead of a 500.
 * Browser sessions live in the database (Spring Session JDBC), so with the database gone a logged-in
 * request fails in the session filter, before security and MVC; this filter therefore wraps the session
 * filter. Failures inside controllers are answered by {@link ApiExceptionHandler} and
 * {@link PageExceptionHandler}, with the same words.
 */
public class DatabaseUnavailableFilter extends OncePerRequestFilter {

    private final ServiceUnavailable unavailable;

    public DatabaseUnavailableFilter(ServiceUnavailable unavailable) {
        this.unavailable = unavailable;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            // a response already on its way cannot become a 503: let the container abort it
            if (!DatabaseFaults.isUnavailable(e) || response.isCommitted()) {
                throw e;
            }
            unavailable.logDatabaseFault(request, e);
            unavailable.write(request, response, ServiceUnavailable.Reason.DATABASE);
        }
    }
}
