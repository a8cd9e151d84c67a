package id.kawal.actionplan;

import id.kawal.document.StoredDocument;
import id.kawal.report.AuditTrail;
import id.kawal.report.CsvExport;
import id.kawal.report.ResultsReportRenderer;
import id.kawal.report.ResultsReportRenderer.Bar;
import id.kawal.report.ResultsReportRenderer.Section;
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
 * PDF/A; the recap is also CSV. Wording is Indonesian, as the documents are official.
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

    @Transactional(readOnly = true)
    public byte[] progress(Long actionPlanId, Authentication user) {
        JourneyView j = journeys.journey(actionPlanId, user);
        ActionPlan p = j.plan();
        List<String> facts = new ArrayList<>(List.of(
                j.participantName() + " - NIP " + j.participantNip() + " - " + j.position() + ", " + j.agency(),
                p.getCohort().getName() + " (" + p.getCohort().getRegion() + ")",
                "Judul: " + (p.getTitle() == null ? "-" : p.getTitle()),
                "Mentor: " + j.mentorName() + "; coach: " + j.coachName() + "; penguji: " + j.examinerName(),
                "Tahap sekarang: " + text("stage." + p.getStage()) + " (" + p.progressPercent() + "%)"));
        if (p.getFinalScore() != null) {
            facts.add("Nilai seminar: penguji " + p.getExaminerScore() + ", coach " + p.getCoachScore() + ", mentor "
                    + p.getMentorScore() + "; nilai akhir " + p.getFinalScore() + " - " + p.getPredicate());
        }
        if (j.certificate() != null) {
            facts.add("STTPP " + j.certificate().getSerial() + " terbit " + j.certificate().getIssuedOn());
        }
        List<List<String>> stages = j.stages().stream()
                .map(s -> List.of(text("stage." + s.stage()), text("status." + s.status()))).toList();
        List<List<String>> milestones = p.getMilestones().stream().map(m -> List.of(String.valueOf(m.getPosition()),
                m.getTitle(), m.getDueDate().toString(), text("milestone." + m.getStatus()),
                m.getReport() == null ? "" : m.getReport())).toList();
        List<List<String>> events = p.getEvents().stream().map(e -> List.of(when(e.getAt()), text("stage." + e.getStage()),
                text("event." + e.getKind()) + (e.getTaskKey() == null ? "" : " - " + text("task." + e.getTaskKey())),
                e.getActor() == null ? "sistem" : e.getActor(), e.getComment() == null ? "" : e.getComment())).toList();
        List<List<String>> documents = j.documents().stream().map((StoredDocument d) -> List.of(d.getFilename(),
                text("document." + d.getCategory()), d.getUploadedBy(), when(d.getUploadedAt()), d.getSha256())).toList();
        return renderer.render(new ResultsReportRenderer.Document("Laporan kemajuan Aksi Perubahan - " + j.participantName(),
                facts, List.of(
                        new Section("Tahapan", List.of("Tahap", "Status"), new float[] {2, 2}, stages),
                        new Section("Tonggak capaian", List.of("No", "Tonggak", "Tenggat", "Status", "Laporan"),
                                new float[] {0.5f, 3, 1.2f, 1.2f, 5}, milestones),
                        new Section("Riwayat persetujuan dan catatan", List.of("Waktu", "Tahap", "Kejadian", "Oleh", "Catatan"),
                                new float[] {1.3f, 1.3f, 3, 1.2f, 4}, events),
                        new Section("Dokumen", List.of("Berkas", "Jenis", "Diunggah oleh", "Waktu", "SHA-256"),
                                new float[] {2.2f, 1.4f, 1.2f, 1.3f, 5}, documents)),
                null, List.of(), List.of("Dibuat oleh Kawal pada " + when(clock.instant())), now()));
    }

    @Transactional(readOnly = true)
    public byte[] cohortRecap(Long cohortId) {
        Cohort cohort = cohorts.get(cohortId);
        List<CohortService.ParticipantRow> rows = cohorts.overview(cohortId);
        Map<String, Integer> distribution = new LinkedHashMap<>();
        PREDICATES.forEach(p -> distribution.put(p, 0));
        rows.stream().filter(r -> r.predicate() != null).forEach(r -> distribution.merge(r.predicate(), 1, Integer::sum));
        long overdue = rows.stream().mapToLong(CohortService.ParticipantRow::overdue).sum();
        List<List<String>> table = rows.stream().map(r -> List.of(r.name(), r.nip() == null ? "" : r.nip(),
                r.agency() == null ? "" : r.agency(), r.title() == null ? "" : r.title(), text("stage." + r.stage()),
                String.valueOf(r.overdue()), r.predicate() == null ? "" : r.predicate())).toList();
        return renderer.render(new ResultsReportRenderer.Document("Rekapitulasi " + cohort.getName(),
                List.of(cohort.getRegion() + " - mulai " + cohort.getStartDate(), rows.size() + " peserta; "
                        + rows.stream().filter(r -> r.stage() == Stage.GRADUATED).count() + " lulus; "
                        + overdue + " tugas atau tonggak terlambat"),
                List.of(new Section("Peserta", List.of("Nama", "NIP", "OPD", "Aksi Perubahan", "Tahap", "Terlambat", "Predikat"),
                        new float[] {2, 1.8f, 2, 3, 1.3f, 0.9f, 1.5f}, table)),
                "Sebaran predikat kelulusan", distribution.entrySet().stream().map(e -> new Bar(e.getKey(), e.getValue())).toList(),
                List.of("Dibuat oleh Kawal pada " + when(clock.instant())), now()));
    }

    @Transactional(readOnly = true)
    public String cohortRecapCsv(Long cohortId) {
        return CsvExport.write(List.of("name", "nip", "opd", "action_plan", "stage", "progress", "overdue", "predicate", "mentor"),
                cohorts.overview(cohortId).stream().map(r -> Arrays.asList(r.name(), CsvExport.identifier(r.nip()), r.agency(),
                        r.title(), r.stage(), r.progress(), r.overdue(), r.predicate(), r.mentorName())).toList());
    }

    /** Who did what, when, in one action plan's case, from the engine's history. */
    @Transactional(readOnly = true)
    public byte[] auditTrail(Long actionPlanId, Authentication user) {
        ActionPlan plan = access.viewable(actionPlanId, user);
        List<List<String>> rows = audit.of(plan.getProcessInstanceId()).stream().map(s -> List.of(when(s.started()),
                s.ended() == null ? "(berjalan)" : when(s.ended()), s.activityName(), s.activityType(),
                s.actor() == null ? "" : s.actor())).toList();
        return renderer.render(new ResultsReportRenderer.Document("Jejak audit " + plan.getBusinessKey(),
                List.of("Proses " + plan.getProcessInstanceId(), "Peserta " + plan.getParticipant()),
                List.of(new Section(null, List.of("Mulai", "Selesai", "Langkah", "Jenis", "Oleh"),
                        new float[] {1.3f, 1.3f, 3.5f, 1.5f, 1.2f}, rows)),
                null, List.of(), List.of("Sumber: riwayat mesin proses (Camunda); dibuat " + when(clock.instant())), now()));
    }

    private String text(String code) {
        return messages.getMessage(code, null, code, Locale.forLanguageTag("id"));
    }

    private static String when(Instant at) {
        return WHEN.format(at.atZone(ClockConfig.ZONE));
    }

    private ZonedDateTime now() {
        return ZonedDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
