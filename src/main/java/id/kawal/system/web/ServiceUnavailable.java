package id.kawal.system.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.kawal.system.DatabaseFaults;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The 503 answers of Kawal, while it starts and while its database cannot be reached: a page in the
 * user's language for people, an RFC 7807 problem detail for {@code /api/**} and other machine paths,
 * both with {@code Retry-After}. The page ({@code templates/error/unavailable.html}) stands alone, without
 * the usual layout, because it is also written by servlet filters outside Spring MVC and security.
 */
@Component
public class ServiceUnavailable {

    public static final String VIEW = "error/unavailable";

    /** The policy of the stand-alone 503 page: nothing but its own inline style. */
    static final String PAGE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; "
            + "frame-ancestors 'self'";
    private static final Logger log = LoggerFactory.getLogger(ServiceUnavailable.class);
    private static final Pattern LANG = Pattern.compile("(?:^|&)lang=([A-Za-z-]{2,8})(?:&|$)");

    public enum Reason {
        STARTING("unavailable.starting", 5),
        DATABASE("unavailable.database", 10);

        private final String keys;
        private final int retryAfterSeconds;

        Reason(String keys, int retryAfterSeconds) {
            this.keys = keys;
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public int retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    private final ObjectProvider<ITemplateEngine> templates;
    private final MessageSource messages;
    private final ObjectProvider<LocaleResolver> locales;
    private final ObjectMapper json;

    public ServiceUnavailable(ObjectProvider<ITemplateEngine> templates, MessageSource messages,
            ObjectProvider<LocaleResolver> locales, ObjectMapper json) {
        this.templates = templates;
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    /** Machines get JSON: the API, the engine's REST API and the actuator. */
    public static boolean isMachinePath(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.startsWith("/engine-rest/") || path.startsWith("/actuator/");
    }

    /** One WARN line per request, without a stack trace: the outage is the news, not where it surfaced. */
    public void logDatabaseFault(HttpServletRequest request, Throwable failure) {
        log.warn("Database unavailable: answered {} {} with 503 ({})", request.getMethod(), request.getRequestURI(),
                DatabaseFaults.rootCause(failure));
    }

    /** Writes the whole 503 answer; the response must not be committed yet. */
    public void write(HttpServletRequest request, HttpServletResponse response, Reason reason) throws IOException {
        // whatever the failed request had begun goes: buffered output, headers, and the choice of writer or stream
        response.reset();
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(reason.retryAfterSeconds()));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        Locale locale = locale(request);
        byte[] body;
        if (isMachinePath(request)) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            body = json.writeValueAsBytes(problem(reason, locale));
        } else {
            response.setContentType(MediaType.TEXT_HTML_VALUE + ";charset=UTF-8");
            body = templates.getObject().process(VIEW, new Context(locale, model(request, reason)))
                    .getBytes(StandardCharsets.UTF_8);
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }

    /** What {@value #VIEW} needs, for the filters here and for Spring MVC's exception handlers. */
    public Map<String, Object> model(HttpServletRequest request, Reason reason) {
        boolean get = "GET".equals(request.getMethod());
        String again = get && request.getQueryString() != null
                ? request.getRequestURI() + "?" + request.getQueryString()
                : get ? request.getRequestURI() : request.getContextPath() + "/";
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("reason", reason.keys);
        model.put("retryAfter", reason.retryAfterSeconds());
        // a page asked for with GET may reload itself; a form sent with POST must not be sent again unasked
        model.put("refresh", get);
        model.put("again", again);
        return model;
    }

    public Map<String, Object> problem(Reason reason, Locale locale) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", HttpStatus.SERVICE_UNAVAILABLE.getReasonPhrase());
        problem.put("status", HttpStatus.SERVICE_UNAVAILABLE.value());
        problem.put("detail", detail(reason, locale));
        return problem;
    }

    public String detail(Reason reason, Locale locale) {
        return messages.getMessage(reason.keys + ".title", null, locale) + ". "
                + messages.getMessage(reason.keys + ".text", null, locale);
    }

    /** The language the pages would use: {@code ?lang=} first, then the user's cookie, else Indonesian. */
    private Locale locale(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query != null) {
            Matcher lang = LANG.matcher(query);
            if (lang.find()) {
                return Locale.forLanguageTag(lang.group(1));
            }
        }
        LocaleResolver resolver = locales.getIfAvailable();
        return resolver != null ? resolver.resolveLocale(request) : WebConfig.INDONESIAN;
    }
}
