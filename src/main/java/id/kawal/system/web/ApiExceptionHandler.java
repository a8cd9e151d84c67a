package id.kawal.system.web;

import id.kawal.system.ConflictException;
import id.kawal.system.DatabaseFaults;
import id.kawal.system.InvalidInputException;
import id.kawal.system.NotFoundException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.TransactionException;
import org.springframework.validation.FieldError;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/** RFC 7807 problem details for every error of the JSON API, with field errors under {@code errors}. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiExceptionHandler {

    private final MessageSource messages;
    private final ServiceUnavailable unavailable;

    public ApiExceptionHandler(MessageSource messages, ServiceUnavailable unavailable) {
        this.messages = messages;
        this.unavailable = unavailable;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e, Locale locale) {
        return problem(HttpStatus.CONFLICT, messages.getMessage(e.getMessage(), null, e.getMessage(), locale));
    }

    @ExceptionHandler(OptimisticLockingException.class)
    ProblemDetail concurrent(OptimisticLockingException e, Locale locale) {
        return problem(HttpStatus.CONFLICT, messages.getMessage("error.conflict", null, locale));
    }

    /** Another member of the group took the task first. */
    @ExceptionHandler(TaskAlreadyClaimedException.class)
    ProblemDetail claimed(TaskAlreadyClaimedException e, Locale locale) {
        return problem(HttpStatus.CONFLICT, messages.getMessage("task.claimedByOther", null, locale));
    }

    /** The engine no longer finds the task (or its case): another request completed it a moment ago. */
    @ExceptionHandler(org.camunda.bpm.engine.exception.NotFoundException.class)
    ProblemDetail gone(org.camunda.bpm.engine.exception.NotFoundException e, Locale locale) {
        return problem(HttpStatus.CONFLICT, messages.getMessage("error.conflict", null, locale));
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        e.getFieldErrors().forEach((field, message) -> errors.put(field, messages.getMessage(message, locale)));
        return withErrors(errors);
    }

    @ExceptionHandler(BindException.class)
    ProblemDetail invalidBody(BindException e, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : e.getBindingResult().getFieldErrors()) {
            errors.putIfAbsent(error.getField(), messages.getMessage(error, locale));
        }
        e.getBindingResult().getGlobalErrors().forEach(g -> errors.putIfAbsent(g.getObjectName(), messages.getMessage(g, locale)));
        return withErrors(errors);
    }

    /**
     * A body that is not JSON, or a value of the wrong kind: a 400 naming the field (as {@code milestones[0].dueDate})
     * and what was expected, or the line and column where the JSON breaks.
     */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e, Locale locale) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonParseException parse && parse.getLocation() != null) {
            return problem(HttpStatus.BAD_REQUEST, messages.getMessage("api.json.malformed",
                    new Object[] {parse.getLocation().getLineNr(), parse.getLocation().getColumnNr()}, locale));
        }
        if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = JsonFields.path(mapping.getPath());
            Object value = cause instanceof InvalidFormatException invalid ? invalid.getValue() : null;
            Class<?> type = cause instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
            String expected = JsonFields.expected(type, messages, locale);
            String message = value == null
                    ? messages.getMessage("api.json.expected", new Object[] {expected}, locale)
                    : messages.getMessage("api.json.invalidValue", new Object[] {String.valueOf(value), expected}, locale);
            return withErrors(Map.of(field, message));
        }
        return problem(HttpStatus.BAD_REQUEST, messages.getMessage("api.json.unreadable", null, locale));
    }

    /** A query parameter missing or of the wrong kind: a 400 naming it. */
    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
    ProblemDetail badParameter(Exception e, Locale locale) {
        String name = e instanceof MissingServletRequestParameterException missing ? missing.getParameterName()
                : ((MethodArgumentTypeMismatchException) e).getName();
        String message = e instanceof MissingServletRequestParameterException
                ? messages.getMessage("api.parameter.missing", null, locale)
                : messages.getMessage("api.json.expected", new Object[] {JsonFields.expected(
                        ((MethodArgumentTypeMismatchException) e).getRequiredType(), messages, locale)}, locale);
        return withErrors(Map.of(name, message));
    }

    /** Any other request that does not bind (a header, a path variable, a file part missing): a 400 saying so. */
    @ExceptionHandler({ServletRequestBindingException.class, MissingServletRequestPartException.class})
    ProblemDetail unbound(Exception e) {
        return problem(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e, Locale locale) {
        return problem(HttpStatus.PAYLOAD_TOO_LARGE, messages.getMessage("error.tooLarge", null, locale));
    }

    /**
     * The database went away during the call: 503, never 500. Someone else changed the same thing a moment earlier
     * (optimistic locking, a lock not had, a unique row inserted first): 409. Anything else goes on to the default
     * handling.
     */
    @ExceptionHandler({DataAccessException.class, TransactionException.class, ProcessEngineException.class,
            PersistenceException.class, SQLException.class})
    ResponseEntity<ProblemDetail> databaseUnavailable(Exception e, HttpServletRequest request, Locale locale) throws Exception {
        if (DatabaseFaults.isConcurrentUpdate(e) && !DatabaseFaults.isUnavailable(e)) {
            return ResponseEntity.status(HttpStatus.CONFLICT)
                    .body(problem(HttpStatus.CONFLICT, messages.getMessage("error.conflict", null, locale)));
        }
        if (!DatabaseFaults.isUnavailable(e)) {
            throw e;
        }
        unavailable.logDatabaseFault(request, e);
        ServiceUnavailable.Reason reason = ServiceUnavailable.Reason.DATABASE;
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(reason.retryAfterSeconds()))
                .body(problem(HttpStatus.SERVICE_UNAVAILABLE, unavailable.detail(reason, locale)));
    }

    private static ProblemDetail withErrors(Map<String, String> errors) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "The request has invalid fields: " + String.join(", ", errors.keySet()));
        problem.setProperty("errors", errors);
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }
}
