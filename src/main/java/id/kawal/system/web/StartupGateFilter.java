package id.kawal.system.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 "Kawal is starting" until Kawal is ready. Tomcat accepts connections as soon as the
 * application context has refreshed, but the demo data and the first administrator are created by
 * {@code ApplicationRunner}s afterwards; Spring Boot publishes {@link ReadinessState#ACCEPTING_TRAFFIC}
 * only after every runner has returned. Without this gate the login page would be served for accounts
 * that do not exist yet. The actuator stays reachable, so that probes and scrapes see the truth.
 * <p>
 * The gate closes only once: when the context closes, Spring Boot withdraws readiness again, but by then
 * graceful shutdown lets the requests already accepted finish, and they must not be turned away here.
 */
public class StartupGateFilter extends OncePerRequestFilter {

    private final ApplicationAvailability availability;
    private final ServiceUnavailable unavailable;
    private volatile boolean open;

    public StartupGateFilter(ApplicationAvailability availability, ServiceUnavailable unavailable) {
        this.availability = availability;
        this.unavailable = unavailable;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!open && availability.getReadinessState() == ReadinessState.ACCEPTING_TRAFFIC) {
            open = true;
        }
        if (open || isActuator(request)) {
            chain.doFilter(request, response);
        } else {
            unavailable.write(request, response, ServiceUnavailable.Reason.STARTING);
        }
    }

    private static boolean isActuator(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length()).startsWith("/actuator/");
    }
}
