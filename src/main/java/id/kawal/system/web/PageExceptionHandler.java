package id.kawal.system.web;

import id.kawal.system.ConflictException;
import id.kawal.system.DatabaseFaults;
import id.kawal.system.InvalidInputException;
import id.kawal.system.NotFoundException;
import jakarta.persistence.PersistenceException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.sql.SQLException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.TransactionException;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

/**
 * Error pages that say what went wrong in the user's language, with the right status code. Ordered before Spring
 * Boot's problem-details handler (which would answer a page's bad request with JSON) and after
 * {@link ApiExceptionHandler}, which answers every one of these exceptions itself for the API's controllers.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class PageExceptionHandler {

    private final ServiceUnavailable unavailable;

    public PageExceptionHandler(ServiceUnavailable unavailable) {
        this.unavailable = unavailable;
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(HttpServletResponse response, Model model) {
        return error(response, model, 404, "error.notFound");
    }

    @ExceptionHandler(AccessDeniedException.class)
    String forbidden(HttpServletResponse response, Model model) {
        return error(response, model, 403, "error.forbidden");
    }

    /**
     * The case moved on under the user's feet: a step completed twice, a task another administrator
     * took first ({@link TaskAlreadyClaimedException}) or one the engine no longer finds because
     * another request completed it a moment ago.
     */
    @ExceptionHandler({ConflictException.class, OptimisticLockingException.class, TaskAlreadyClaimedException.class,
            org.camunda.bpm.engine.exception.NotFoundException.class})
    String conflict(RuntimeException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        String code = e instanceof ConflictException ? e.getMessage()
                : e instanceof TaskAlreadyClaimedException ? "task.claimedByOther" : "error.conflict";
        return conflictPage(code, request, response, model);
    }

    /** The 409 page, with the text the user typed shown back to them, so that nothing they wrote is lost. */
    private static String conflictPage(String code, HttpServletRequest request, HttpServletResponse response, Model model) {
        model.addAttribute("kept", KeptText.of(request));
        return error(response, model, 409, code);
    }

    @ExceptionHandler(InvalidInputException.class)
    String invalid(InvalidInputException e, HttpServletResponse response, Model model) {
        model.addAttribute("details", e.getFieldErrors().values());
        return error(response, model, 400, "error.invalid");
    }

    /**
     * A request a page's form or link could not have made (a parameter missing or of the wrong type, say): a 400
     * page in the user's language, not Spring's default answer.
     */
    @ExceptionHandler({MissingServletRequestParameterException.class, MissingServletRequestPartException.class,
            MethodArgumentTypeMismatchException.class, HttpMessageNotReadableException.class,
            ServletRequestBindingException.class})
    String badRequest(HttpServletResponse response, Model model) {
        return error(response, model, 400, "error.badRequest");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    String tooLarge(HttpServletResponse response, Model model) {
        return error(response, model, 413, "error.tooLarge");
    }

    /**
     * The database went away during the request: a 503 page, never a 500. Someone else changed the same thing a moment
     * earlier: the 409 page. Anything else goes on to the default handling.
     */
    @ExceptionHandler({DataAccessException.class, TransactionException.class, ProcessEngineException.class,
            PersistenceException.class, SQLException.class})
    String databaseUnavailable(Exception e, HttpServletRequest request, HttpServletResponse response, Model model)
            throws Exception {
        if (DatabaseFaults.isConcurrentUpdate(e) && !DatabaseFaults.isUnavailable(e)) {
            return conflictPage("error.conflict", request, response, model);
        }
        if (!DatabaseFaults.isUnavailable(e)) {
            throw e;
        }
        unavailable.logDatabaseFault(request, e);
        ServiceUnavailable.Reason reason = ServiceUnavailable.Reason.DATABASE;
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(reason.retryAfterSeconds()));
        // the page stands alone with its own inline style (it is also written by filters before security, without
        // the stylesheet); set here, the pages' policy (which forbids inline style) leaves this one as it is
        response.setHeader("Content-Security-Policy", ServiceUnavailable.PAGE_POLICY);
        model.addAllAttributes(unavailable.model(request, reason));
        return ServiceUnavailable.VIEW;
    }

    private static String error(HttpServletResponse response, Model model, int status, String code) {
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("code", code);
        return "error/problem";
    }
}
