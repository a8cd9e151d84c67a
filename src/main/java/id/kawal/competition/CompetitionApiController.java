package id.kawal.competition;

import static id.kawal.competition.CompetitionProcess.*;

import id.kawal.report.CsvExport;
import id.kawal.system.ConflictException;
import id.kawal.system.InboxPage;
import id.kawal.system.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/** Competitions for other systems and scripts: the same steps and rules as the pages. */
@RestController
@RequestMapping("/api")
@Tag(name = "Kompetisi inovasi", description = "Competitions: setup, entries, desk review, jury, results")
public class CompetitionApiController {

    private final CompetitionService competitions;
    private final EntryService entries;
    private final EntryAccess access;
    private final JuryService jury;
    private final ResultsService results;
    private final CompetitionTasks competitionTasks;
    private final CompetitionReport report;
    private final LateJurors lateJurors;

    public CompetitionApiController(CompetitionService competitions, EntryService entries, EntryAccess access,
            JuryService jury, ResultsService results, CompetitionTasks competitionTasks, CompetitionReport report,
            LateJurors lateJurors) {
        this.report = report;
        this.lateJurors = lateJurors;
        this.competitions = competitions;
        this.entries = entries;
        this.access = access;
        this.jury = jury;
        this.results = results;
        this.competitionTasks = competitionTasks;
    }

    public record CompetitionJson(Long id, String name, String organiser, int year, CompetitionKind kind,
            CompetitionStatus status, String submissionOpensAt, String submissionClosesAt, LocalDate eligibleFrom,
            LocalDate eligibleUntil, List<String> requiredDocuments, List<Map<String, Object>> criteria,
            TieBreakRule tieBreak, boolean jurorNamesPublished) {
        static CompetitionJson of(Competition c) {
            return new CompetitionJson(c.getId(), c.getName(), c.getOrganiser(), c.getYear(), c.getKind(), c.getStatus(),
                    c.getSubmissionOpensAt().toString(), c.getSubmissionClosesAt().toString(), c.getEligibleFrom(),
                    c.getEligibleUntil(), List.copyOf(c.getRequiredDocuments()), c.getCriteria().stream()
                            .map(cr -> Map.<String, Object>of("id", cr.getId(), "name", cr.getName(), "weight", cr.getWeight())).toList(),
                    c.getTieBreak(), c.isJurorNamesPublished());
        }
    }

    /** An entry as its viewer may see it (see {@link EntryAudience}): what they may not see yet is null. */
    public record EntryJson(Long id, Long competitionId, String opd, String innovationTitle, LocalDate implementedOn,
            EntryStatus status, String eligibilitySuggestion, String eligibilityReason, String deskDecision,
            String deskReason, BigDecimal totalScore, Integer rank, String award) {
        static EntryJson of(Entry e, EntryAudience audience) {
            boolean results = audience.seesResults(e);
            boolean suggestion = audience.seesEligibilitySuggestion();
            boolean desk = audience.seesDeskReview();
            return new EntryJson(e.getId(), e.getCompetition().getId(), e.getOpd(), e.getInnovationTitle(),
                    e.getImplementedOn(), e.getStatus(), suggestion ? e.getEligibilitySuggestion() : null,
                    suggestion ? e.getEligibilityReason() : null, desk ? e.getDeskDecision() : null,
                    desk ? e.getDeskReason() : null, results ? e.getTotalScore() : null, results ? e.getRank() : null,
                    results ? e.getAward() : null);
        }
    }

    /** A row of the published ranking: what the public results page shows, nothing more. */
    public record PublicEntryJson(Long id, Integer rank, String opd, String innovationTitle, LocalDate implementedOn,
            BigDecimal totalScore, String award) {
        static PublicEntryJson of(Entry e) {
            return new PublicEntryJson(e.getId(), e.getRank(), e.getOpd(), e.getInnovationTitle(), e.getImplementedOn(),
                    e.getTotalScore(), e.getAward());
        }
    }

    @GetMapping("/competitions")
    List<CompetitionJson> list() {
        return competitions.all().stream().map(c -> CompetitionJson.of(competitions.get(c.getId()))).toList();
    }

    @PostMapping("/competitions")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Set up a competition; criteria weights must sum to 100")
    CompetitionJson create(@Valid @RequestBody CompetitionForm form) {
        return CompetitionJson.of(competitions.get(competitions.create(form).getId()));
    }

    @GetMapping("/me/competition-tasks")
    @Operation(summary = "My open competition tasks, one page at a time, the oldest first",
            description = "`total` counts every open competition task. A page number below 0 or a size outside 1 to "
                    + "100 is a 400 problem naming the parameter.")
    InboxPage<CompetitionTasks.Item> myTasks(
            @Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Rows per page, 1 to 100", schema = @Schema(type = "integer", defaultValue = "20",
                    minimum = "1", maximum = "100")) @RequestParam(defaultValue = "20") int size,
            Authentication user) {
        return competitionTasks.inbox(user.getName(), page, size);
    }

    @PostMapping(path = "/competitions/{id}/entries", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('OPD')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Enter an innovation (OPD officers); files as doc0, doc1, ... in the order of the required documents")
    EntryJson submit(@PathVariable Long id, @Valid @ModelAttribute EntryForm form, MultipartHttpServletRequest request,
            Authentication user) {
        var files = EntryUploads.byType(competitions.get(id).getRequiredDocuments(), request);
        return EntryJson.of(entries.submit(id, user.getName(), form, files), EntryAudience.OPD);
    }

    @GetMapping("/entries/{id}")
    EntryJson entry(@PathVariable Long id, Authentication user) {
        Entry entry = access.viewable(id, user);
        return EntryJson.of(entry, access.audience(entry, user));
    }

    @PostMapping("/tasks/{taskId}/desk-review")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deskReview(@PathVariable String taskId, @Valid @RequestBody DeskReviewForm form, Authentication user) {
        entries.deskReview(taskId, user.getName(), form);
    }

    @PostMapping("/tasks/{taskId}/scores")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "A juror's scores of an assigned entry, one per criterion, 0-100")
    void score(@PathVariable String taskId, @Valid @RequestBody ScoreForm form, Authentication user) {
        jury.score(taskId, user.getName(), form);
    }

    @PostMapping("/tasks/{taskId}/reassign")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void reassign(@PathVariable String taskId, @RequestParam String juror, Authentication user) {
        jury.reassign(taskId, user.getName(), juror);
    }

    @PostMapping("/tasks/{taskId}/late-juror")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Follow up an entry's late jurors (the handle-late-juror task)",
            description = "`action` REASSIGN hands every late juror's scoring to the juror `replacements` names for them "
                    + "(late juror's username to replacement's: a juror with no conflict of interest, not yet on the "
                    + "entry's jury); EXTEND gives them once a later deadline, `extendedUntil` (yyyy-MM-dd, after today), "
                    + "after which they are reminded again and must be replaced; CLOSE ends the follow-up when nobody is "
                    + "late any more. A refused input is a 400 problem naming the field; a follow-up done meanwhile, a 409.")
    void lateJuror(@PathVariable String taskId, @Valid @RequestBody LateJurorForm form, Authentication user) {
        lateJurors.followUp(taskId, user.getName(), form);
    }

    @PostMapping("/entries/{id}/revisit")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void revisit(@PathVariable Long id, @RequestParam String juror, @RequestParam(required = false) String note) {
        jury.requestRevisit(id, juror, note);
    }

    @PostMapping("/competitions/{id}/step")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Complete the competition's current administrator step (desk review done, scoring closed, presentations held)")
    void step(@PathVariable Long id, Authentication user) {
        Task task = competitions.currentTask(competitions.competition(id));
        if (task == null) {
            throw new ConflictException("task.alreadyCompleted");
        }
        switch (task.getTaskDefinitionKey()) {
            case FINISH_DESK_REVIEW -> competitions.finishDeskReview(task.getId(), user.getName());
            case CLOSE_SCORING_ROUND -> jury.closeScoringRound(task.getId(), user.getName());
            case HOLD_PRESENTATIONS -> results.holdPresentations(task.getId(), user.getName());
            default -> throw new ConflictException("task.wrongKind");
        }
    }

    @PostMapping("/competitions/{id}/awards")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void awards(@PathVariable Long id, @RequestBody Map<Long, String> awards, Authentication user) {
        Task task = competitions.currentTask(competitions.competition(id));
        if (task == null || !FINALISE_AWARDS.equals(task.getTaskDefinitionKey())) {
            throw new ConflictException("task.wrongKind");
        }
        results.finaliseAwards(task.getId(), user.getName(), awards);
    }

    @GetMapping(path = "/competitions/{id}/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "The results report: entries, criterion means, ranking, jury (PDF/A)")
    byte[] report(@PathVariable Long id, Locale locale) {
        return report.pdf(id, locale);
    }

    @GetMapping("/public/competitions/{id}/results")
    ResultsJson publicResults(@PathVariable Long id) {
        ResultsService.ResultsView view = published(id);
        return new ResultsJson(view.competition().getName(), view.entered(), view.inWindow(), view.eligible(),
                view.ranking().stream().map(PublicEntryJson::of).toList());
    }

    public record ResultsJson(String competition, long entered, long implementedInWindow, long passedDeskReview,
            List<PublicEntryJson> ranking) {
    }

    /** The results as CSV: public once published, for administrators before. */
    @GetMapping(path = "/public/competitions/{id}/results.csv", produces = "text/csv")
    ResponseEntity<String> csv(@PathVariable Long id) {
        ResultsService.ResultsView view = published(id);
        String csv = CsvExport.write(List.of("rank", "opd", "innovation", "implemented_on", "total", "award"),
                view.ranking().stream().map(e -> Arrays.asList(e.getRank(), e.getOpd(), e.getInnovationTitle(),
                        e.getImplementedOn(), e.getTotalScore(), e.getAward())).toList());
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"results-" + id + ".csv\"")
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8)).body(csv);
    }

    private ResultsService.ResultsView published(Long id) {
        ResultsService.ResultsView view = results.results(id);
        if (view.competition().getStatus() != CompetitionStatus.PUBLISHED) {
            throw new NotFoundException("No published results for competition " + id);
        }
        return view;
    }

}
