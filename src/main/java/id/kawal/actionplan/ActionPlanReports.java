package id.kawal.actionplan;

import id.kawal.document.StoredDocument;
import id.kawal.report.AuditTrail;
import id.kawal.report.CsvExport;
import id.kawal.report.ResultsReport;
import id.kawal.report.ResultsReportRenderer;
import id.kawal.report.ResultsReport.Bar;
import id.kawal.report.ResultsReport.Chart;
import id.kawal.report.ResultsReport.Section;
import id.kawal.system.ClockConfig;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The action plan's reports: a participant's progress report, the cohort recap with the
 * distribution of predicates, and the audit trail of one case from the engine's history. All are
 * PDF/A; the recap is also CSV. The PDFs are worded in the reader's language (messages {@code pdf.progress.*},
 * {@code pdf.recap.*}, {@code pdf.audit.*}); names, titles and predicates are shown as recorded.
 */
@Service
public class ActionPlanReports {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
    /** The predicates in order, for the chart; the decision table may name others, which are added after. */
    private static final List<String> PREDICATES = List.of("Sangat Memuaskan", "Memuaskan", "Cukup Memuaskan",
            "Kurang Memuaskan", "Tidak Memuaskan");

    private final JourneyService journeys;
    private final CohortService cohorts;
    private final ActionPlanAccess access;
    private final AuditTrail audit;
    private final ResultsReportRenderer renderer;
    private final MessageSource messages;
    private final Clock clock;

    public ActionPlanReports(JourneyService journeys, CohortService cohorts, ActionPlanAccess access, AuditTrail audit, ResultsReportRenderer renderer, MessageSource messages, Clock clock) {
        this.journeys = journeys;
        this.cohorts = cohorts;
        this.access = access;
        this.audit = audit;
        this.renderer = renderer;
        this.messages = messages;
        this.clock = clock;
    }

    /** The participant's progress report, worded in {@code locale}. */
    @Transactional(readOnly = true)
    public byte[] progress(Long actionPlanId, Authentication user, Locale locale) {
        Words words = new Words(locale);
        JourneyView j = journeys.journey(actionPlanId, user);
        ActionPlan p = j.plan();
        List<String> facts = new ArrayList<>(List.of(
                words.get("pdf.progress.participant", j.participantName(), j.participantNip(), j.position(), j.agency()),
                words.get("pdf.progress.cohort", p.getCohort().getName(), p.getCohort().getRegion()),
                words.get("pdf.progress.actionPlanTitle", p.getTitle() == null ? "-" : p.getTitle()),
                words.get("pdf.progress.people", j.mentorName(), j.coachName(), j.examinerName()),
                words.get("pdf.progress.stage", words.get("stage." + p.getStage()), String.valueOf(p.progressPercent()))));
        if (p.getFinalScore() != null) {
            facts.add(words.get("pdf.progress.scores", String.valueOf(p.getExaminerScore()),
                    String.valueOf(p.getCoachScore()), String.valueOf(p.getMentorScore()),
                    String.valueOf(p.getFinalScore()), p.getPredicate()));
        }
        if (j.certificate() != null) {
            facts.add(words.get("pdf.progress.certificate", j.certificate().getSerial(),
                    String.valueOf(j.certificate().getIssuedOn())));
        }
        List<List<String>> stages = j.stages().stream()
                .map(s -> List.of(words.get("stage." + s.stage()), words.get("status." + s.status()))).toList();
        List<List<String>> milestones = p.getMilestones().stream().map(m -> List.of(String.valueOf(m.getPosition()),
                m.getTitle(), m.getDueDate().toString(), words.get("milestone." + m.getStatus()),
                m.getReport() == null ? "" : m.getReport())).toList();
        List<List<String>> events = p.getEvents().stream().map(e -> List.of(when(e.getAt()),
                words.get("stage." + e.getStage()),
                words.get("event." + e.getKind()) + (e.getTaskKey() == null ? "" : " - " + words.get("task." + e.getTaskKey())),
                e.getActor() == null ? words.get("pdf.progress.system") : e.getActor(),
                e.getComment() == null ? "" : e.getComment())).toList();
        List<List<String>> documents = j.documents().stream().map((StoredDocument d) -> List.of(d.getFilename(),
                words.get("document." + d.getCategory()), d.getUploadedBy(), when(d.getUploadedAt()), d.getSha256())).toList();
        return renderer.render(new ResultsReport(words.get("pdf.progress.title", j.participantName()), facts, null,
                List.of(new Section(words.get("pdf.progress.stages"),
                                words.list("pdf.progress.stages.stage", "pdf.progress.stages.status"),
                                new float[] {2, 2}, stages),
                        new Section(words.get("pdf.progress.milestones"),
                                words.list("pdf.progress.milestones.position", "pdf.progress.milestones.title",
                                        "pdf.progress.milestones.due", "pdf.progress.milestones.status",
                                        "pdf.progress.milestones.report"),
                                new float[] {0.5f, 3, 1.2f, 1.2f, 5}, milestones),
                        new Section(words.get("pdf.progress.events"),
                                words.list("pdf.progress.events.at", "pdf.progress.events.stage",
                                        "pdf.progress.events.event", "pdf.progress.events.by",
                                        "pdf.progress.events.comment"),
                                new float[] {1.3f, 1.3f, 3, 1.2f, 4}, events),
                        new Section(words.get("pdf.progress.documents"),
                                words.list("pdf.progress.documents.file", "pdf.progress.documents.category",
                                        "pdf.progress.documents.uploadedBy", "pdf.progress.documents.uploadedAt",
                                        "pdf.progress.documents.sha256"),
                                new float[] {2.2f, 1.4f, 1.2f, 1.3f, 5}, documents)),
                List.of(words.get("pdf.madeBy", when(clock.instant()))), now()));
    }

    /** The cohort recap with the distribution of predicates, worded in {@code locale}. */
    @Transactional(readOnly = true)
    public byte[] cohortRecap(Long cohortId, Locale locale) {
        Words words = new Words(locale);
        Cohort cohort = cohorts.get(cohortId);
        List<CohortService.ParticipantRow> rows = cohorts.overview(cohortId);
        Map<String, Integer> distribution = new LinkedHashMap<>();
        PREDICATES.forEach(p -> distribution.put(p, 0));
        rows.stream().filter(r -> r.predicate() != null).forEach(r -> distribution.merge(r.predicate(), 1, Integer::sum));
        long overdue = rows.stream().mapToLong(CohortService.ParticipantRow::overdue).sum();
        long graduated = rows.stream().filter(r -> r.stage() == Stage.GRADUATED).count();
        List<List<String>> table = rows.stream().map(r -> List.of(r.name(), r.nip() == null ? "" : r.nip(),
                r.agency() == null ? "" : r.agency(), r.title() == null ? "" : r.title(), words.get("stage." + r.stage()),
                String.valueOf(r.overdue()), r.predicate() == null ? "" : r.predicate())).toList();
        return renderer.render(new ResultsReport(words.get("pdf.recap.title", cohort.getName()),
                List.of(words.get("pdf.recap.cohort", cohort.getRegion(), String.valueOf(cohort.getStartDate())),
                        words.get("pdf.recap.counts", String.valueOf(rows.size()), String.valueOf(graduated),
                                String.valueOf(overdue))),
                new Chart(words.get("pdf.recap.chart"),
                        distribution.entrySet().stream().map(e -> new Bar(e.getKey(), e.getValue())).toList()),
                List.of(new Section(words.get("pdf.recap.participants"),
                        words.list("pdf.recap.participants.name", "pdf.recap.participants.nip",
                                "pdf.recap.participants.agency", "pdf.recap.participants.actionPlan",
                                "pdf.recap.participants.stage", "pdf.recap.participants.overdue",
                                "pdf.recap.participants.predicate"),
                        new float[] {2, 1.8f, 2, 3, 1.3f, 0.9f, 1.5f}, table)),
                List.of(words.get("pdf.madeBy", when(clock.instant()))), now()));
    }

    /** The recap as CSV; its header row is machine-readable column names, the same in every language. */
    @Transactional(readOnly = true)
    public String cohortRecapCsv(Long cohortId) {
        return CsvExport.write(List.of("name", "nip", "opd", "action_plan", "stage", "progress", "overdue", "predicate", "mentor"),
                cohorts.overview(cohortId).stream().map(r -> Arrays.asList(r.name(), CsvExport.identifier(r.nip()), r.agency(),
                        r.title(), r.stage(), r.progress(), r.overdue(), r.predicate(), r.mentorName())).toList());
    }

    /** Who did what, when, in one action plan's case, from the engine's history; worded in {@code locale}. */
    @Transactional(readOnly = true)
    public byte[] auditTrail(Long actionPlanId, Authentication user, Locale locale) {
        Words words = new Words(locale);
        ActionPlan plan = access.viewable(actionPlanId, user);
        List<List<String>> rows = audit.of(plan.getProcessInstanceId()).stream().map(s -> List.of(when(s.started()),
                s.ended() == null ? words.get("pdf.audit.running") : when(s.ended()), s.activityName(), s.activityType(),
                s.actor() == null ? "" : s.actor())).toList();
        return renderer.render(new ResultsReport(words.get("pdf.audit.title", plan.getBusinessKey()),
                List.of(words.get("pdf.audit.process", plan.getProcessInstanceId()),
                        words.get("pdf.audit.participant", plan.getParticipant())), null,
                List.of(new Section(null, words.list("pdf.audit.started", "pdf.audit.ended", "pdf.audit.step",
                        "pdf.audit.type", "pdf.audit.by"), new float[] {1.3f, 1.3f, 3.5f, 1.5f, 1.2f}, rows)),
                List.of(words.get("pdf.audit.source", when(clock.instant()))), now()));
    }

    /** The messages of one report in the reader's language; a code without a message shows as itself. */
    private final class Words {
        private final Locale locale;

        Words(Locale locale) {
            this.locale = locale;
        }

        String get(String code, Object... args) {
            return messages.getMessage(code, args, code, locale);
        }

        List<String> list(String... codes) {
            return Arrays.stream(codes).map(this::get).toList();
        }
    }

    private static String when(Instant at) {
        return WHEN.format(at.atZone(ClockConfig.ZONE));
    }

    private ZonedDateTime now() {
        return ZonedDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
