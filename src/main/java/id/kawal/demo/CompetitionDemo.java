package id.kawal.demo;

import static id.kawal.competition.CompetitionProcess.*;

import id.kawal.competition.Competition;
import id.kawal.competition.CompetitionForm;
import id.kawal.competition.CompetitionKind;
import id.kawal.competition.CompetitionRepository;
import id.kawal.competition.CompetitionService;
import id.kawal.competition.Criterion;
import id.kawal.competition.DeskReviewForm;
import id.kawal.competition.Entry;
import id.kawal.competition.EntryForm;
import id.kawal.competition.EntryService;
import id.kawal.competition.JuryService;
import id.kawal.competition.ResultsService;
import id.kawal.competition.ScoreForm;
import id.kawal.competition.TieBreakRule;
import id.kawal.identity.Person;
import id.kawal.identity.Role;
import id.kawal.identity.UserAccountService;
import id.kawal.system.ClockConfig;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * The competition demo of seed 001: the finished "Layanan Inovasi Daerah 2023" of Kota Pekalongan
 * with its six winners, walked through the real process, and a KIPP round open for entries now.
 */
@Component
class CompetitionDemo {

    private final UserAccountService accounts;
    private final CompetitionService competitions;
    private final EntryService entries;
    private final JuryService jury;
    private final ResultsService results;
    private final TaskService tasks;
    private final ManagementService management;
    private final Clock clock;
    private final CompetitionRepository rounds;

    CompetitionDemo(UserAccountService accounts, CompetitionService competitions, EntryService entries, JuryService jury,
            ResultsService results, TaskService tasks, ManagementService management, Clock clock,
            CompetitionRepository rounds) {
        this.rounds = rounds;
        this.accounts = accounts;
        this.competitions = competitions;
        this.entries = entries;
        this.jury = jury;
        this.results = results;
        this.tasks = tasks;
        this.management = management;
        this.clock = clock;
    }

    private record DemoEntry(String officer, String title, String summary, LocalDate implementedOn, int base,
            String special) {
    }

    /** The round of 2023, whose existence says that this part of the demo is in. */
    static final String FINISHED_ROUND = "Layanan Inovasi Daerah 2023";

    /** The OPD officers and the jurors: made before the rounds, with the demo's other accounts. */
    void accounts() {
        person("opd1", "dr. Rina Kusumawati", "RSUD Bendan", Role.OPD);
        person("opd2", "Agus Prasetyo, S.T.", "Bappeda", Role.OPD);
        person("opd3", "Siti Maesaroh, S.Sos.", "Kecamatan Pekalongan Selatan", Role.OPD);
        person("opd4", "Bayu Aji Nugroho", "Dinas Kelautan dan Perikanan", Role.OPD);
        person("opd5", "Dewi Lestari, S.Hum.", "UPTD Museum Batik", Role.OPD);
        person("juri1", "Dr. Ahmad Fauzi (UMPP)", "Universitas Muhammadiyah Pekajangan Pekalongan", Role.JUROR);
        person("juri2", "Nurul Hidayah (KOMPAK)", "KOMPAK", Role.JUROR);
        person("juri3", "Ir. Hendra Wijaya (Bappeda)", "Bappeda", Role.JUROR);
    }

    /** Whether the rounds are in: {@link #load} makes this round first, in one transaction with the rest. */
    boolean loaded() {
        return rounds.existsByName(FINISHED_ROUND);
    }

    /** The two rounds, run by the administrator and the accounts of {@link #accounts}. */
    void load() {
        finishedRound();
        openRound();
    }

    private void finishedRound() {
        CompetitionForm form = form(FINISHED_ROUND, "Bappeda Kota Pekalongan", 2023, CompetitionKind.LOCAL,
                LocalDateTime.of(2023, 8, 1, 8, 0), LocalDateTime.of(2023, 9, 29, 16, 0),
                LocalDate.of(2019, 1, 1), LocalDate.of(2023, 6, 30), LocalDate.of(2023, 10, 20), 6);
        Competition competition = competitions.create(form);
        runTimer(competition, SUBMISSION_OPENS);

        List<DemoEntry> demo = List.of(
                new DemoEntry("opd1", "JEMPOL (JEMbatan Pembayaran OnLine)", "Pembayaran layanan rumah sakit secara daring tanpa antre di kasir.",
                        LocalDate.of(2022, 3, 1), 90, null),
                new DemoEntry("opd2", "SEKSAMA (Sistem Evaluasi Kinerja Satu Masukan)", "Evaluasi kinerja perangkat daerah dengan satu kali input data.",
                        LocalDate.of(2021, 7, 1), 87, null),
                new DemoEntry("opd1", "RATRI Obat (Ora Usah Antri Tunggu Obat)", "Obat diantar atau diambil tanpa antre panjang di instalasi farmasi.",
                        LocalDate.of(2022, 9, 1), 84, null),
                new DemoEntry("opd3", "LAMPAH SIMAS BERES", "Pengelolaan sampah berbasis masyarakat yang bernilai ekonomis dan sosial.",
                        LocalDate.of(2020, 11, 1), 81, null),
                new DemoEntry("opd4", "SIAPkan (Sistem Informasi Aplikasi Perikanan)", "Informasi perikanan untuk nelayan dan pembudidaya dalam satu aplikasi.",
                        LocalDate.of(2021, 2, 1), 78, null),
                new DemoEntry("opd5", "Si Dakon Mustika", "Aplikasi koleksi batik Museum Batik yang dapat dijelajahi publik.",
                        LocalDate.of(2022, 5, 1), 75, "Apresiasi Inovasi"),
                new DemoEntry("opd2", "SIPANDU Perencanaan", "Aplikasi musrenbang daring tingkat kelurahan.",
                        LocalDate.of(2018, 4, 1), 0, null));
        Map<String, Entry> byTitle = new LinkedHashMap<>();
        LocalDateTime at = LocalDateTime.of(2023, 8, 10, 9, 0);
        for (DemoEntry d : demo) {
            Entry entry = entries.submitAsOf(competition.getId(), d.officer(), new EntryForm(d.title(), d.summary(), d.implementedOn()),
                    documentsFor(competition), at.atZone(ClockConfig.ZONE).toInstant());
            byTitle.put(d.title(), entry);
            at = at.plusDays(3);
        }
        runTimer(competition, SUBMISSION_CLOSES);
        for (DemoEntry d : demo) {
            Entry entry = byTitle.get(d.title());
            boolean eligible = d.base() > 0;
            entries.deskReview(task(entry.getProcessInstanceId(), DESK_REVIEW), "admin", new DeskReviewForm(
                    eligible ? ELIGIBLE : INELIGIBLE, eligible ? null : "Diimplementasikan 2018, di luar jendela kelayakan 2019–2023"));
        }
        competitions.finishDeskReview(task(competition.getProcessInstanceId(), FINISH_DESK_REVIEW), "admin");
        Competition loaded = competitions.get(competition.getId());
        for (DemoEntry d : demo) {
            if (d.base() == 0) {
                continue;
            }
            Entry entry = byTitle.get(d.title());
            int offset = -1;
            for (Task scoring : tasks.createTaskQuery().processInstanceId(entry.getProcessInstanceId()).taskDefinitionKey(SCORE_ENTRY).list()) {
                ScoreForm scores = new ScoreForm();
                for (Criterion c : loaded.getCriteria()) {
                    scores.getScores().add(new ScoreForm.Row(c.getId(), BigDecimal.valueOf(d.base() + offset), "Sesuai paparan dan dokumen."));
                }
                jury.score(scoring.getId(), scoring.getAssignee(), scores);
                offset++;
            }
        }
        jury.closeScoringRound(task(competition.getProcessInstanceId(), CLOSE_SCORING_ROUND), "admin");
        results.holdPresentations(task(competition.getProcessInstanceId(), HOLD_PRESENTATIONS), "admin");
        Map<Long, String> awards = new HashMap<>(results.suggestedAwards(competition.getId()));
        demo.stream().filter(d -> d.special() != null).forEach(d -> awards.put(byTitle.get(d.title()).getId(), d.special()));
        results.finaliseAwards(task(competition.getProcessInstanceId(), FINALISE_AWARDS), "admin", awards);
        management.createJobQuery().processInstanceId(competition.getProcessInstanceId()).list()
                .forEach(job -> management.executeJob(job.getId()));
    }

    private void openRound() {
        LocalDate today = LocalDate.now(clock);
        CompetitionForm form = form("Kompetisi Inovasi Pelayanan Publik Kabupaten Pekalongan " + today.getYear(),
                "Bagian Organisasi Setda Kabupaten Pekalongan", today.getYear(), CompetitionKind.KIPP,
                today.minusDays(3).atTime(8, 0), today.plusDays(30).atTime(16, 0),
                LocalDate.of(2019, 1, 1), today.minusYears(2), today.plusDays(45), 5);
        Competition competition = competitions.create(form);
        runTimer(competition, SUBMISSION_OPENS);
        entries.submit(competition.getId(), "opd1", new EntryForm("SIMPEL RANAP (Informasi Kamar Rawat Inap)",
                "Ketersediaan kamar rawat inap dapat dilihat warga secara waktu nyata.", LocalDate.of(2022, 1, 10)),
                Map.of(competition.getRequiredDocuments().get(0), List.of(DemoDataLoader.pdf("proposal-inovasi.pdf", "Proposal SIMPEL RANAP"))));
    }

    private CompetitionForm form(String name, String organiser, int year, CompetitionKind kind, LocalDateTime opens,
            LocalDateTime closes, LocalDate eligibleFrom, LocalDate eligibleUntil, LocalDate scoringDeadline, int shortlist) {
        CompetitionForm form = new CompetitionForm();
        form.setName(name);
        form.setOrganiser(organiser);
        form.setYear(year);
        form.setKind(kind);
        form.setSubmissionOpensAt(opens);
        form.setSubmissionClosesAt(closes);
        form.setEligibleFrom(eligibleFrom);
        form.setEligibleUntil(eligibleUntil);
        form.setCompletionDays(7);
        form.setScoringDeadline(scoringDeadline);
        form.setEntryLimitPerOpd(3);
        form.setShortlistSize(shortlist);
        form.setTieBreak(TieBreakRule.HEAVIEST_CRITERION);
        form.setRequiredDocuments("Proposal inovasi\nSK penetapan inovasi\nBukti implementasi");
        form.setJurors(List.of("juri1", "juri2", "juri3"));
        form.setCriteria(List.of(new CompetitionForm.CriterionRow("Kebermanfaatan bagi masyarakat", 30),
                new CompetitionForm.CriterionRow("Kemudahan akses layanan", 25),
                new CompetitionForm.CriterionRow("Dapat diterapkan dan direplikasi", 20),
                new CompetitionForm.CriterionRow("Layanan bagi kelompok rentan dan disabilitas", 10),
                new CompetitionForm.CriterionRow("Potensi pengembangan", 15)));
        form.setAwards(List.of(new CompetitionForm.AwardRow("Juara 1", true, new BigDecimal("15000000")),
                new CompetitionForm.AwardRow("Juara 2", true, new BigDecimal("10000000")),
                new CompetitionForm.AwardRow("Juara 3", true, new BigDecimal("7500000")),
                new CompetitionForm.AwardRow("Juara Harapan 1", true, new BigDecimal("5000000")),
                new CompetitionForm.AwardRow("Juara Harapan 2", true, new BigDecimal("3000000")),
                new CompetitionForm.AwardRow("Apresiasi Inovasi", false, new BigDecimal("2000000"))));
        return form;
    }

    private Map<String, List<MultipartFile>> documentsFor(Competition competition) {
        Map<String, List<MultipartFile>> files = new LinkedHashMap<>();
        for (String type : competition.getRequiredDocuments()) {
            files.put(type, List.of(DemoDataLoader.pdf(type.toLowerCase().replace(' ', '-') + ".pdf", type)));
        }
        return files;
    }

    /** Fires a timer of the competition now, as the job executor would when its time comes. */
    private void runTimer(Competition competition, String activityId) {
        Job job = management.createJobQuery().processInstanceId(competition.getProcessInstanceId()).activityId(activityId).singleResult();
        management.executeJob(job.getId());
    }

    private String task(String processInstanceId, String key) {
        List<Task> open = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(key).list();
        if (open.isEmpty()) {
            throw new IllegalStateException("Demo: no open " + key + " in " + processInstanceId);
        }
        return open.get(0).getId();
    }

    private void person(String username, String name, String agency, Role role) {
        if (accounts.exists(username)) {
            return;
        }
        accounts.createUser(username, DemoDataLoader.PASSWORD, new Person(username, name, null, null, agency), List.of(role));
    }
}
