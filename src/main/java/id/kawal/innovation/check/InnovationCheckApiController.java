package id.kawal.innovation.check;

import id.kawal.innovation.CheckOutcome;
import id.kawal.innovation.InnovationCheck;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The yearly check for other systems and scripts, with the pages' rules. */
@RestController
@RequestMapping("/api/innovations")
@Tag(name = "Pemeriksaan tahunan inovasi", description = "The yearly \"still running?\" check of the innovation registry")
public class InnovationCheckApiController {

    private final InnovationChecks checks;
    private final MessageSource messages;

    public InnovationCheckApiController(InnovationChecks checks, MessageSource messages) {
        this.checks = checks;
        this.messages = messages;
    }

    /** @param outcome null while the check waits for its answer */
    public record CheckJson(Long id, Long innovationId, String innovationName, String opd, int year,
            CheckOutcome outcome, LocalDate deadline, String answeredBy, Instant answeredAt, LocalDate stoppedOn,
            String reason) {
        static CheckJson of(InnovationCheck c) {
            return new CheckJson(c.getId(), c.getInnovationId(), c.getInnovation().getName(), c.getOpd(), c.getYear(),
                    c.getOutcome(), c.getDeadline(), c.getAnsweredBy(), c.getAnsweredAt(), c.getStoppedOn(),
                    c.getReason());
        }
    }

    public record YearJson(InnovationChecks.Summary summary, List<CheckJson> items, int page, int size, long total) {
    }

    public record RoundJson(int year, String processInstanceId) {
    }

    public record RoundRequest(Integer year) {
    }

    @Operation(summary = "A year's checks: counts per outcome (waiting: no answer yet) and one page of checks, optionally of one OPD")
    @GetMapping("/checks")
    @PreAuthorize("hasRole('ADMIN')")
    YearJson year(@RequestParam(required = false) Integer year, @RequestParam(required = false) String opd,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        int y = year == null ? checks.currentYear() : year;
        var rows = checks.page(y, opd, page, size);
        return new YearJson(checks.summary(y, opd), rows.getContent().stream().map(CheckJson::of).toList(),
                rows.getNumber(), rows.getSize(), rows.getTotalElements());
    }

    @Operation(summary = "Start a year's round: one check per running innovation",
            description = "409 when the year's round was started already, with existingChecks: how many checks the year has")
    @PostMapping("/checks/rounds")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @PreAuthorize("hasRole('ADMIN')")
    RoundJson startRound(@RequestBody(required = false) RoundRequest request, Authentication user) {
        int y = request == null || request.year() == null ? checks.currentYear() : request.year();
        return new RoundJson(y, checks.startRound(y, user).getId());
    }

    @Operation(summary = "Start one running innovation's check for a year (default this year); 409 when it has one")
    @PostMapping("/{id}/checks")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('ADMIN')")
    CheckJson startOne(@PathVariable Long id, @RequestBody(required = false) RoundRequest request, Authentication user) {
        InnovationCheck check = checks.startOne(id, request == null || request.year() == null ? checks.currentYear()
                : request.year(), user);
        return new CheckJson(check.getId(), id, check.getInnovation().getName(), check.getOpd(), check.getYear(),
                check.getOutcome(), check.getDeadline(), null, null, null, null);
    }

    @Operation(summary = "An innovation's checks, the latest year first")
    @GetMapping("/{id}/checks")
    @PreAuthorize("hasAnyRole('ADMIN', 'OPD')")
    List<CheckJson> history(@PathVariable Long id) {
        return checks.historyOf(id).stream().map(CheckJson::of).toList();
    }

    @Operation(summary = "Answer a check (task confirm-still-running or confirm-still-running-head): BERJALAN with a "
            + "usage figure and its date or a link (documents: on the page), or TERHENTI with stoppedOn and reason",
            description = "403 for anyone the question is not for; 409 when it was answered a moment ago")
    @PostMapping("/checks/tasks/{taskId}")
    CheckJson answer(@PathVariable String taskId, @Valid @RequestBody CheckAnswerForm form, Authentication user) {
        return CheckJson.of(checks.answer(taskId, form, List.of(), user));
    }

    @ExceptionHandler(RoundAlreadyStartedException.class)
    ProblemDetail roundStarted(RoundAlreadyStartedException e, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                messages.getMessage("check.roundStartedCount", new Object[] {e.getExistingChecks()}, locale));
        problem.setProperty("year", e.getYear());
        problem.setProperty("existingChecks", e.getExistingChecks());
        return problem;
    }
}
