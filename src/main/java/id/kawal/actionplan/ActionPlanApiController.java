package id.kawal.actionplan;

import id.kawal.certificate.Certificate;
import id.kawal.document.StoredDocument;
import id.kawal.system.InboxPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
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
import org.springframework.web.multipart.MultipartFile;

/** The action plan for other systems and scripts: every step the pages offer, with the same rules. */
@RestController
@RequestMapping("/api")
@Tag(name = "Aksi Perubahan", description = "PKA action plans: tasks, steps, journeys, cohorts")
public class ActionPlanApiController {

    private final ActionPlanWorkflow workflow;
    private final ActionPlanInbox inbox;
    private final JourneyService journeys;
    private final CohortService cohorts;
    private final MessageSource messages;
    private final ActionPlanReports reports;
    private final BulkIssuance bulk;

    public ActionPlanApiController(ActionPlanWorkflow workflow, ActionPlanInbox inbox, JourneyService journeys,
            CohortService cohorts, MessageSource messages, ActionPlanReports reports, BulkIssuance bulk) {
        this.inbox = inbox;
        this.reports = reports;
        this.bulk = bulk;
        this.workflow = workflow;
        this.journeys = journeys;
        this.cohorts = cohorts;
        this.messages = messages;
    }

    @GetMapping("/me/tasks")
    @Operation(summary = "My open tasks, one page at a time, most urgent first",
            description = "Ordered by due date, then the oldest first, then task id, so that pages neither overlap nor "
                    + "skip. `total` counts every open task; a task completed while the page is put together is left "
                    + "out. A page number below 0 or a size outside 1 to 100 is a 400 problem naming the parameter.")
    InboxPage<WorkItem> myTasks(
            @Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") int page,
            @Parameter(description = "Rows per page, 1 to 100", schema = @Schema(type = "integer", defaultValue = "20",
                    minimum = "1", maximum = "100")) @RequestParam(defaultValue = "20") int size,
            Authentication user) {
        return inbox.inbox(user.getName(), page, size);
    }

    @GetMapping("/action-plans/{id}")
    @Operation(summary = "One action plan's journey: stage, milestones, history, documents, certificate")
    PlanJson plan(@PathVariable Long id, Authentication user) {
        return PlanJson.of(journeys.journey(id, user));
    }

    @PostMapping("/tasks/{taskId}/proposal")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Submit the drafted proposal (task draft-proposal)")
    void proposal(@PathVariable String taskId, @Valid @RequestBody ProposalForm form, Authentication user) {
        workflow.submitProposal(taskId, user.getName(), form, List.of());
    }

    @PostMapping("/tasks/{taskId}/review")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Approve a stage or send it back with a comment (any review-* task)")
    void review(@PathVariable String taskId, @Valid @RequestBody ReviewForm form, Authentication user) {
        workflow.review(taskId, user.getName(), form);
    }

    @PostMapping(path = "/tasks/{taskId}/milestone-report", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Report a milestone with evidence files (task report-milestone)")
    void milestoneReport(@PathVariable String taskId, @Valid @ModelAttribute StageReportForm form,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, Authentication user) {
        workflow.reportMilestone(taskId, user.getName(), form, files);
    }

    @PostMapping(path = "/tasks/{taskId}/evaluation", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Submit the evaluation of the trial (task submit-evaluation)")
    void evaluation(@PathVariable String taskId, @Valid @ModelAttribute StageReportForm form,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, Authentication user) {
        workflow.submitEvaluation(taskId, user.getName(), form, files);
    }

    @PostMapping(path = "/tasks/{taskId}/final-report", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Submit the final report and presentation (task submit-final-report)")
    void finalReport(@PathVariable String taskId, @Valid @ModelAttribute StageReportForm form,
            @RequestParam(name = "files", required = false) List<MultipartFile> files, Authentication user) {
        workflow.submitFinalReport(taskId, user.getName(), form, files);
    }

    @PostMapping("/tasks/{taskId}/seminar-score")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Score the final seminar, 0 to 100 (score-seminar-* tasks)")
    void score(@PathVariable String taskId, @Valid @RequestBody SeminarScoreForm form, Authentication user) {
        workflow.scoreSeminar(taskId, user.getName(), form);
    }

    @PostMapping("/tasks/{taskId}/certificate")
    @Operation(summary = "Issue the STTPP (task issue-certificate, administrators)")
    CertificateJson issue(@PathVariable String taskId, Authentication user) {
        return CertificateJson.of(workflow.issueCertificate(taskId, user.getName()));
    }

    @GetMapping(path = "/action-plans/{id}/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The participant's progress report (PDF/A)")
    byte[] progressReport(@PathVariable Long id, Authentication user, Locale locale) {
        return reports.progress(id, user, locale);
    }

    @GetMapping(path = "/action-plans/{id}/audit.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "Who did what and when in this case, from the engine's history (PDF/A)")
    byte[] auditTrail(@PathVariable Long id, Authentication user, Locale locale) {
        return reports.auditTrail(id, user, locale);
    }

    @GetMapping(path = "/cohorts/{id}/recap.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @PreAuthorize("hasRole('ADMIN')")
    byte[] recap(@PathVariable Long id, Locale locale) {
        return reports.cohortRecap(id, locale);
    }

    @GetMapping(path = "/cohorts/{id}/recap.csv", produces = "text/csv")
    @PreAuthorize("hasRole('ADMIN')")
    String recapCsv(@PathVariable Long id) {
        return reports.cohortRecapCsv(id);
    }

    public record JobJson(String id, Long cohortId, int total, int done, boolean finished, List<String> issued,
            List<String> failures, String zip) {
        static JobJson of(BulkIssuance.Job job) {
            return new JobJson(job.getId(), job.getCohortId(), job.getTotal(), job.getDone(), job.isFinished(),
                    job.getIssued(), job.getFailures(), "/api/bulk-issues/" + job.getId() + "/certificates.zip");
        }
    }

    @PostMapping("/cohorts/{id}/certificates")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Issue every waiting STTPP of the cohort in the background; poll the job")
    JobJson issueAll(@PathVariable Long id, Authentication user) {
        cohorts.get(id);
        return JobJson.of(bulk.start(id, user.getName()));
    }

    @GetMapping("/bulk-issues/{jobId}")
    @PreAuthorize("hasRole('ADMIN')")
    JobJson job(@PathVariable String jobId) {
        return JobJson.of(bulk.get(jobId));
    }

    @GetMapping(path = "/bulk-issues/{jobId}/certificates.zip", produces = "application/zip")
    @PreAuthorize("hasRole('ADMIN')")
    byte[] jobZip(@PathVariable String jobId) {
        return bulk.zip(jobId);
    }

    @GetMapping("/cohorts")
    @PreAuthorize("hasRole('ADMIN')")
    List<Cohort> cohorts() {
        return cohorts.all();
    }

    @PostMapping("/cohorts")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    Cohort createCohort(@Valid @RequestBody CohortForm form) {
        return cohorts.create(form);
    }

    @GetMapping("/cohorts/{id}/participants")
    @PreAuthorize("hasRole('ADMIN')")
    List<CohortService.ParticipantRow> participants(@PathVariable Long id) {
        cohorts.get(id);
        return cohorts.overview(id);
    }

    @PostMapping("/cohorts/{id}/enrolments")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> enrol(@PathVariable Long id, @Valid @RequestBody EnrolmentForm form) {
        ActionPlan plan = cohorts.enrol(id, form);
        return Map.of("actionPlanId", plan.getId(), "businessKey", plan.getBusinessKey());
    }

    @PostMapping(path = "/cohorts/{id}/enrolments/csv", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Enrol from CSV; with skipBadRows=false nothing is enrolled while any row is bad")
    ResponseEntity<CsvJson> enrolCsv(@PathVariable Long id, @RequestParam("file") MultipartFile file,
            @RequestParam(name = "skipBadRows", defaultValue = "false") boolean skipBadRows, Locale locale)
            throws IOException {
        CsvImportResult result = cohorts.importCsv(id, new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8),
                skipBadRows);
        CsvJson body = new CsvJson(result.enrolled(), result.errors().stream()
                .map(e -> new CsvJson.Error(e.line(), e.field(), messages.getMessage(e.message(), locale))).toList());
        return ResponseEntity.status(result.hasErrors() && result.enrolled().isEmpty()
                ? HttpStatus.UNPROCESSABLE_ENTITY : HttpStatus.OK).body(body);
    }

    public record CsvJson(List<CsvImportResult.Enrolled> enrolled, List<Error> errors) {
        public record Error(long line, String field, String message) {
        }
    }

    public record CertificateJson(String serial, String holderName, String achievement, LocalDate issuedOn,
            String sha256, String pdf) {
        static CertificateJson of(Certificate c) {
            return new CertificateJson(c.getSerial(), c.getHolderName(), c.getAchievement(), c.getIssuedOn(),
                    c.getSha256(), "/api/certificates/" + c.getSerial() + "/pdf");
        }
    }

    public record PlanJson(Long id, String businessKey, String cohort, String participant, String participantName,
            String title, String problemStatement, String objectives, Stage stage, int progress,
            List<MilestoneJson> milestones, List<EventJson> history, List<DocumentJson> documents,
            List<WorkItem> openTasks, BigDecimal finalScore, String predicate, CertificateJson certificate) {

        static PlanJson of(JourneyView j) {
            ActionPlan p = j.plan();
            return new PlanJson(p.getId(), p.getBusinessKey(), p.getCohort().getName(), p.getParticipant(),
                    j.participantName(), p.getTitle(), p.getProblemStatement(), p.getObjectives(), p.getStage(),
                    p.progressPercent(),
                    p.getMilestones().stream().map(m -> new MilestoneJson(m.getId(), m.getTitle(), m.getDueDate(),
                            m.getStatus(), m.getReport())).toList(),
                    p.getEvents().stream().map(e -> new EventJson(e.getAt(), e.getStage(), e.getKind(), e.getActor(),
                            e.getMilestoneId(), e.getComment())).toList(),
                    j.documents().stream().map(DocumentJson::of).toList(), j.openTasks().stream().map(JourneyView.Awaited::task).toList(), p.getFinalScore(),
                    p.getPredicate(), j.certificate() == null ? null : CertificateJson.of(j.certificate()));
        }
    }

    public record MilestoneJson(Long id, String title, LocalDate dueDate, Milestone.Status status, String report) {
    }

    public record EventJson(Instant at, Stage stage, ActionPlanEvent.Kind kind, String actor, Long milestoneId,
            String comment) {
    }

    public record DocumentJson(Long id, String category, Long milestoneId, String filename, String contentType,
            long size, String sha256, String uploadedBy, Instant uploadedAt, String download) {
        static DocumentJson of(StoredDocument d) {
            return new DocumentJson(d.getId(), d.getCategory().name(), d.getMilestoneId(), d.getFilename(),
                    d.getContentType(), d.getSize(), d.getSha256(), d.getUploadedBy(), d.getUploadedAt(),
                    "/api/documents/" + d.getId());
        }
    }
}
