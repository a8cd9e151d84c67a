package id.kawal.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Two doors. Machines use {@code /api/**}, {@code /engine-rest/**} and {@code /actuator/**} with HTTP
 * Basic, no session and hence no CSRF token; people use the pages with a form login, a session and CSRF
 * tokens. Of the actuator, only health (with its liveness and readiness probes) is public. A user whose password
 * someone else set may only change it until they have ({@link PasswordChangeGate}).
 */
@Configuration
public class SecurityConfig {

    private static final String PASSWORD_FIRST = "The password was set by an administrator and must be changed first: "
            + "POST /api/me/password with currentPassword and newPassword.";

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, ObjectMapper json) throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) -> problem(json, response,
                HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", "Authentication required (HTTP Basic).");
        AccessDeniedHandler forbidden = (request, response, e) -> problem(json, response,
                HttpServletResponse.SC_FORBIDDEN, "Forbidden", "You may not do this.");
        return http
                // path matchers, not MVC ones: the engine's REST API is a servlet of its own (Jersey)
                .securityMatcher(new OrRequestMatcher(path("/api/**"), path("/engine-rest/**")))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(path("/api/public/**")).permitAll()
                        .requestMatchers(path("/engine-rest/**")).hasRole(Role.ADMIN.name())
                        // the roles the API's methods ask for (@PreAuthorize), checked here too, before the body is
                        // read: Spring MVC binds and validates a body before a method's own security runs, so
                        // without these anyone logged in got the 400 of an empty body, not the 403
                        .requestMatchers(ADMIN_API).hasRole(Role.ADMIN.name())
                        .requestMatchers(path(HttpMethod.POST, "/api/competitions/*/entries")).hasRole(Role.OPD.name())
                        .requestMatchers(path(HttpMethod.POST, "/api/innovations")).hasAnyRole(Role.ADMIN.name(), Role.OPD.name())
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterAfter(machineGate(json, path(PasswordChangeGate.API)), AuthorizationFilter.class)
                // a browser session must never authenticate an API call: no session, so no CSRF exposure
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(0)
    SecurityFilterChain actuatorChain(HttpSecurity http, ObjectMapper json) throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) -> problem(json, response,
                HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", "Authentication required (HTTP Basic).");
        AccessDeniedHandler forbidden = (request, response, e) -> problem(json, response,
                HttpServletResponse.SC_FORBIDDEN, "Forbidden", "Administrators only.");
        return http
                .securityMatcher(path("/actuator/**"))
                .authorizeHttpRequests(auth -> auth
                        // probes of a load balancer or an orchestrator carry no credentials
                        .requestMatchers(path("/actuator/health"), path("/actuator/health/**")).permitAll()
                        .anyRequest().hasRole(Role.ADMIN.name()))
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterAfter(machineGate(json, request -> false), AuthorizationFilter.class)
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webChain(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/verify/**", "/results/**", "/public/**", "/css/**", "/js/**", "/favicon.ico", "/error",
                                "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers(path("/camunda/**")).hasRole(Role.ADMIN.name())
                        .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true)
                        .failureHandler(SecurityConfig::loginFailed).permitAll())
                // after logging in with a password someone else set, only the change page (and logging out)
                .addFilterAfter(new PasswordChangeGate(new OrRequestMatcher(path(PasswordChangeGate.PAGE), path("/logout"),
                        path("/login"), path("/css/**"), path("/favicon.ico"), path("/error")),
                        (request, response) -> response.sendRedirect(request.getContextPath() + PasswordChangeGate.PAGE)),
                        AuthorizationFilter.class)
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                // Camunda's webapps carry their own CSRF protection
                .csrf(csrf -> csrf.ignoringRequestMatchers(path("/camunda/**")))
                .headers(h -> h.frameOptions(f -> f.sameOrigin())
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        // Camunda's webapps and Swagger UI send or need their own policy
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(new OrRequestMatcher(
                                path("/camunda/**"), path("/swagger-ui/**"))), new ContentSecurityPolicyHeaderWriter(PAGE_POLICY))))
                .build();
    }

    /**
     * What Kawal's pages may load: only their own stylesheet and images (no script at all, no inline style, no
     * plugin), forms posted only to Kawal, and no page of Kawal framed by another site. {@code PageTemplatesTest}
     * keeps inline scripts, styles and event handlers out of the templates, so this policy breaks nothing.
     */
    static final String PAGE_POLICY = "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    /**
     * A wrong password goes back to the login page with the usual message; a throttled login with how long to wait
     * (the same for every username, existing or not, so the page tells nobody which accounts exist).
     */
    private static void loginFailed(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        String query = e instanceof LoginThrottledException throttled ? "?throttled=" + throttled.minutes() : "?error";
        response.sendRedirect(request.getContextPath() + "/login" + query);
    }

    /** For scripts: a 403 problem detail until the password someone else set has been changed. */
    private static PasswordChangeGate machineGate(ObjectMapper json, RequestMatcher allowed) {
        return new PasswordChangeGate(allowed, (request, response) -> problem(json, response,
                HttpServletResponse.SC_FORBIDDEN, "Password change required", PASSWORD_FIRST));
    }

    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }

    private static RequestMatcher path(HttpMethod method, String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
    }

    /** The administrators' part of the API; {@code AuthorisationMatrixTest} checks every endpoint against it. */
    private static final RequestMatcher ADMIN_API = new OrRequestMatcher(
            path("/api/cohorts"), path("/api/cohorts/**"), path("/api/bulk-issues/**"),
            path(HttpMethod.POST, "/api/certificates/*/revoke"), path(HttpMethod.POST, "/api/certificates/*/reissue"),
            path(HttpMethod.POST, "/api/competitions"), path(HttpMethod.POST, "/api/competitions/*/step"),
            path(HttpMethod.POST, "/api/competitions/*/awards"), path(HttpMethod.GET, "/api/competitions/*/report.pdf"),
            path(HttpMethod.POST, "/api/tasks/*/reassign"), path(HttpMethod.POST, "/api/tasks/*/late-juror"),
            path(HttpMethod.POST, "/api/entries/*/revisit"),
            path("/api/users/**"));

    private static void problem(ObjectMapper json, HttpServletResponse response, int status, String title,
            String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), Map.of("type", "about:blank", "title", title,
                "status", status, "detail", detail));
    }
}
