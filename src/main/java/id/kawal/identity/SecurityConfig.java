package id.kawal.identity;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
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
 * tokens. Of the actuator, only health (with its liveness and readiness probes) is public.
 */
@Configuration
public class SecurityConfig {

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
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
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
                .securityContext(c -> c.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webChain(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/login", "/verify/**", "/results/**", "/css/**", "/js/**", "/favicon.ico", "/error",
                                "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers(path("/camunda/**")).hasRole(Role.ADMIN.name())
                        .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", true).permitAll())
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
            path(HttpMethod.POST, "/api/tasks/*/reassign"), path(HttpMethod.POST, "/api/entries/*/revisit"));

    private static void problem(ObjectMapper json, HttpServletResponse response, int status, String title,
            String detail) throws java.io.IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), Map.of("type", "about:blank", "title", title,
                "status", status, "detail", detail));
    }
}
