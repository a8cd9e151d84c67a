package id.kawal.demo;

import static id.kawal.actionplan.ActionPlanProcess.*;

import id.kawal.actionplan.ActionPlanWorkflow;
import id.kawal.actionplan.Cohort;
import id.kawal.actionplan.CohortForm;
import id.kawal.actionplan.CohortRepository;
import id.kawal.actionplan.CohortService;
import id.kawal.actionplan.EnrolmentForm;
import id.kawal.actionplan.ProposalForm;
import id.kawal.actionplan.ReviewForm;
import id.kawal.actionplan.SeminarScoreForm;
import id.kawal.actionplan.StageReportForm;
import id.kawal.identity.Person;
import id.kawal.identity.Role;
import id.kawal.identity.UserAccountService;
import id.kawal.pdf.EmbeddedFonts;
import id.kawal.pdf.PdfA;
import id.kawal.system.AppLocks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

/**
 * The demo of seed 000: PKA Angkatan I Tahun 2025 of Kota Pekalongan with its five participants,
 * each at a different stage, walked there through the same workflow a person uses. Runs once, on
 * an empty database, and only with the {@code demo} profile (kawal.demo.enabled, never in {@code prod}).
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "kawal.demo.enabled", havingValue = "true")
public class DemoDataLoader implements ApplicationRunner {

    public static final String PASSWORD = "demo";
    public static final String COHORT_CODE = "PKA-I-2025";
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final UserAccountService accounts;
    private final CohortRepository cohortRepository;
    private final CohortService cohorts;
    private final ActionPlanWorkflow workflow;
    private final TaskService tasks;
    private final TransactionTemplate transaction;
    /** Each part of the demo commits on its own, whatever transaction it is called in. */
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final CompetitionDemo competitionDemo;
    private final AppLocks locks;
    private final RegistryDemo registryDemo;

    public DemoDataLoader(UserAccountService accounts, CohortRepository cohortRepository, CohortService cohorts,
            ActionPlanWorkflow workflow, TaskService tasks, TransactionTemplate transaction, Clock clock,
            CompetitionDemo competitionDemo, AppLocks locks, RegistryDemo registryDemo) {
        this.registryDemo = registryDemo;
        this.competitionDemo = competitionDemo;
        this.locks = locks;
        this.accounts = accounts;
        this.cohortRepository = cohortRepository;
        this.cohorts = cohorts;
        this.workflow = workflow;
        this.tasks = tasks;
        this.transaction = transaction;
        this.ownTransaction = new TransactionTemplate(transaction.getTransactionManager());
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    private record Participant(String username, String name, String nip, String position, String agency,
            String title, String problem, String objectives, List<String> milestones) {
    }

    static final List<Participant> PARTICIPANTS = List.of(
            new Participant("peserta1", "Tubagus M. Sadaruddin", "197905122006041009", "Kepala Bidang IKP",
                    "Dinas Komunikasi dan Informatika",
                    "SIAP KAWAL (Sistem Informasi, Dokumentasi, dan Publikasi Kegiatan Wali Kota)",
                    "Kegiatan Wali Kota terdokumentasi tersebar dan lambat dipublikasikan.",
                    "Satu platform dokumentasi dan publikasi digital kegiatan pimpinan daerah untuk keterbukaan informasi.",
                    List.of("SK tim dan SOP publikasi", "Platform SIAP KAWAL berjalan", "Sosialisasi ke OPD")),
            new Participant("peserta2", "Ilena Palupi", "198103042008012014", "Kepala Bidang HI dan Jamsos",
                    "Dinas Perindustrian dan Tenaga Kerja", "KAK HUBIN (Klinik Konsultasi Hubungan Industrial)",
                    "Pekerja dan perusahaan sulit mendapat konsultasi hubungan industrial yang cepat.",
                    "Klinik konsultasi melalui aplikasi SIHUBIN SETIA agar hubungan industrial harmonis.",
                    List.of("Aplikasi SIHUBIN SETIA siap", "Layanan klinik dibuka")),
            new Participant("peserta3", "dr. Difayana", "198207182010012021", "Kepala Bagian Tata Usaha", "RSUD Bendan",
                    "SI BAJAK (Sistem Integrasi Barang dan Jasa Keuangan)",
                    "Pengadaan barang/jasa dan keuangan rumah sakit berjalan terpisah dan lambat direkonsiliasi.",
                    "Integrasi pengadaan dengan pengelolaan keuangan agar efisien dan transparan.",
                    List.of("Pemetaan alur pengadaan", "Integrasi data keuangan")),
            new Participant("peserta4", "Nur Fitriany", "198409252009022003", "Inspektur Pembantu II", "Inspektorat",
                    "NGOPI SYANTIK (Ngobrol Pengawasan Internal Syarat Aman Non Temuan Implementasi Kebijakan)",
                    "Pemahaman pengawasan internal di OPD rendah; temuan berulang.",
                    "Podcast dan talkshow edukasi pengawasan internal yang ringan namun informatif.",
                    List.of("Episode perdana podcast", "Talkshow bersama OPD", "Survei pemahaman")),
            new Participant("peserta5", "Sukirno", "197608111998031005", "Sekretaris", "DPMPTSP",
                    "PUSAT PENA (Pelayanan Terpadu Satu Pintu Perizinan dan Penanaman Modal Bergerak)",
                    "Pelaku usaha jauh dari kantor layanan; perizinan lambat.",
                    "Layanan perizinan jemput bola untuk mempercepat izin dan menarik investasi.",
                    List.of("Armada layanan bergerak", "Jadwal layanan keliling")));

    @Override
    public void run(ApplicationArguments args) {
        // The cluster-wide start-up lock is held by an outer transaction until the whole demo is in: a node starting at
        // the same moment waits, then finds the demo there. The demo itself goes in as parts, each in a transaction of
        // its own, so that the cohort and the competitions can be walked at the same time, one on each core; a part
        // that is in is not loaded again, so a start that stopped half-way is completed by the next.
        transaction.executeWithoutResult(status -> {
            locks.hold(AppLocks.BOOTSTRAP);
            if (registryDemo.loaded()) {
                return; // the last part is in: the whole demo is
            }
            boolean begun = accounts.exists("admin");
            if (begun && !accounts.exists(PARTICIPANTS.get(0).username())) {
                return; // an administrator but not the demo's accounts: not the demo's database
            }
            if (begun) {
                log.info("Completing the demo, which an earlier start left half-way; every demo password is '{}'", PASSWORD);
            } else {
                log.info("Empty database: loading the demo (PKA Angkatan I Tahun 2025, Kota Pekalongan); every demo password is '{}'", PASSWORD);
            }
            ownTransaction.executeWithoutResult(s -> accounts());
            cohortAndCompetitionsAtOnce();
            ownTransaction.executeWithoutResult(s -> registryDemo.load());
        });
    }

    /**
     * The competitions on a second thread while this one walks the cohort (they touch different rows), each part
     * unless it is in. Both are waited for, whichever fails: the outer transaction, and with it the lock, outlives both.
     */
    private void cohortAndCompetitionsAtOnce() {
        CompletableFuture<Void> competitions = competitionDemo.loaded() ? CompletableFuture.completedFuture(null)
                : CompletableFuture.runAsync(() -> ownTransaction.executeWithoutResult(s -> competitionDemo.load()),
                        DemoDataLoader::onSecondThread);
        RuntimeException failure = null;
        try {
            if (!cohortRepository.existsByCode(COHORT_CODE)) {
                ownTransaction.executeWithoutResult(s -> load());
            }
        } catch (RuntimeException e) {
            failure = e;
        }
        try {
            competitions.join();
        } catch (CompletionException e) {
            RuntimeException cause = e.getCause() instanceof RuntimeException r ? r : e;
            if (failure == null) {
                failure = cause;
            } else {
                failure.addSuppressed(cause);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    private static void onSecondThread(Runnable task) {
        Thread thread = new Thread(task, "kawal-demo-competitions");
        thread.setDaemon(true);
        thread.start();
    }

    /** Every account of the demo, each made unless it exists: the first part, committed before the others start. */
    private void accounts() {
        accounts.ensureGroups();
        person("admin", "Administrator Pelatihan", null, "Pengelola Pelatihan", "BKPSDM Kota Pekalongan", Role.ADMIN);
        person("mentor", "H. Nur Priyantomo", "196805101994031006", "Sekretaris Daerah", "Sekretariat Daerah", Role.MENTOR);
        person("coach", "Dra. Sri Wahyuni, M.Si.", "197002141995032002", "Widyaiswara Ahli Utama", "BPSDMD Provinsi Jawa Tengah", Role.COACH);
        person("penguji", "Dr. Bambang Setiawan", "196911201996031001", "Widyaiswara Ahli Madya", "BPSDMD Provinsi Jawa Tengah", Role.EXAMINER);
        for (Participant p : PARTICIPANTS) {
            person(p.username(), p.name(), p.nip(), p.position(), p.agency(), Role.PARTICIPANT);
        }
        competitionDemo.accounts();
    }

    /** The cohort and its five participants, each walked to where the demo shows it. */
    private void load() {
        CohortForm cohortForm = new CohortForm();
        cohortForm.setCode(COHORT_CODE);
        cohortForm.setName("PKA Angkatan I Tahun 2025");
        cohortForm.setRegion("Kota Pekalongan");
        cohortForm.setStartDate(LocalDate.of(2025, 4, 14));
        cohortForm.setEndDate(LocalDate.of(2025, 7, 27));
        Cohort cohort = cohorts.create(cohortForm);

        for (Participant p : PARTICIPANTS) {
            EnrolmentForm enrolment = new EnrolmentForm();
            enrolment.setNip(p.nip());
            enrolment.setFullName(p.name());
            enrolment.setPosition(p.position());
            enrolment.setAgency(p.agency());
            enrolment.setUsername(p.username());
            enrolment.setMentor("mentor");
            enrolment.setCoach("coach");
            enrolment.setExaminer("penguji");
            cohorts.enrol(cohort.getId(), enrolment);
        }
        // peserta5 stays at the very start: a newcomer can walk the whole journey with it.
        Participant graduate = PARTICIPANTS.get(0);
        walkToSeminar(graduate);
        scoreSeminar(graduate, "92", "94", "90");
        workflow.issueCertificate(task(graduate, ISSUE_CERTIFICATE), "admin");

        Participant awaitingCertificate = PARTICIPANTS.get(1);
        walkToSeminar(awaitingCertificate);
        scoreSeminar(awaitingCertificate, "85", "88", "86");

        Participant finalReport = PARTICIPANTS.get(2);
        walkThroughTrial(finalReport);
        workflow.submitEvaluation(task(finalReport, SUBMIT_EVALUATION), finalReport.username(),
                new StageReportForm("Uji coba menurunkan waktu rekonsiliasi dari 10 hari menjadi 3 hari."), List.of());
        approve(finalReport, REVIEW_EVALUATION, "mentor");
        workflow.submitFinalReport(task(finalReport, SUBMIT_FINAL_REPORT), finalReport.username(),
                new StageReportForm("Laporan akhir dan bahan paparan SI BAJAK."), List.of(pdf("laporan-akhir.pdf", "Laporan akhir SI BAJAK")));

        Participant trial = PARTICIPANTS.get(3);
        approveProposal(trial);
        String first = tasks.createTaskQuery().processInstanceBusinessKey(businessKey(trial))
                .taskDefinitionKey(REPORT_MILESTONE).list().get(0).getId();
        workflow.reportMilestone(first, trial.username(), new StageReportForm("Episode perdana tayang di kanal resmi."),
                List.of(pdf("bukti-episode.pdf", "Bukti episode perdana")));
    }

    private void walkToSeminar(Participant p) {
        walkThroughTrial(p);
        workflow.submitEvaluation(task(p, SUBMIT_EVALUATION), p.username(),
                new StageReportForm("Uji coba berjalan sesuai rencana; layanan dipakai dan mendapat tanggapan baik."), List.of());
        approve(p, REVIEW_EVALUATION, "mentor");
        workflow.submitFinalReport(task(p, SUBMIT_FINAL_REPORT), p.username(),
                new StageReportForm("Laporan akhir dan bahan paparan " + p.title()), List.of(pdf("laporan-akhir.pdf", "Laporan akhir " + p.title())));
        approve(p, REVIEW_FINAL_REPORT_MENTOR, "mentor");
        approve(p, REVIEW_FINAL_REPORT_COACH, "coach");
    }

    private void walkThroughTrial(Participant p) {
        approveProposal(p);
        for (int i = 0; i < p.milestones().size(); i++) {
            String taskId = task(p, REPORT_MILESTONE);
            workflow.reportMilestone(taskId, p.username(), new StageReportForm("Tonggak tercapai: " + p.milestones().get(i)),
                    List.of(pdf("bukti-" + (i + 1) + ".pdf", "Bukti " + p.milestones().get(i))));
            approve(p, REVIEW_MILESTONE, "mentor");
        }
    }

    private void approveProposal(Participant p) {
        ProposalForm form = new ProposalForm();
        form.setTitle(p.title());
        form.setProblemStatement(p.problem());
        form.setObjectives(p.objectives());
        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < p.milestones().size(); i++) {
            form.getMilestones().add(new ProposalForm.MilestoneRow(p.milestones().get(i), today.plusDays(7L * (i + 1))));
        }
        workflow.submitProposal(task(p, DRAFT_PROPOSAL), p.username(), form, List.of(pdf("proposal.pdf", "Proposal " + p.title())));
        approve(p, REVIEW_PROPOSAL_MENTOR, "mentor");
        approve(p, REVIEW_PROPOSAL_COACH, "coach");
    }

    private void approve(Participant p, String taskKey, String reviewer) {
        workflow.review(task(p, taskKey), reviewer, new ReviewForm(ReviewForm.Decision.APPROVE, "Disetujui."));
    }

    private void scoreSeminar(Participant p, String examiner, String coach, String mentor) {
        workflow.scoreSeminar(task(p, SCORE_SEMINAR_EXAMINER), "penguji", new SeminarScoreForm(new BigDecimal(examiner), null));
        workflow.scoreSeminar(task(p, SCORE_SEMINAR_COACH), "coach", new SeminarScoreForm(new BigDecimal(coach), null));
        workflow.scoreSeminar(task(p, SCORE_SEMINAR_MENTOR), "mentor", new SeminarScoreForm(new BigDecimal(mentor), null));
    }

    private String task(Participant p, String key) {
        List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(businessKey(p)).taskDefinitionKey(key).list();
        if (open.isEmpty()) {
            throw new IllegalStateException("Demo: " + p.username() + " is not at " + key);
        }
        return open.get(0).getId();
    }

    private static String businessKey(Participant p) {
        return p.nip() + "/" + COHORT_CODE;
    }

    private void person(String username, String name, String nip, String position, String agency, Role role) {
        if (!accounts.exists(username)) {
            accounts.createUser(username, PASSWORD, new Person(username, name, nip, position, agency), List.of(role));
        }
    }

    /** A real one-page PDF, so the demo's documents pass the same content check as anyone's. */
    static MultipartFile pdf(String filename, String text) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                // the app's own embedded font: no search of the system's fonts for a stand-in for Helvetica
                content.setFont(EmbeddedFonts.regular(document), 14);
                content.newLineAtOffset(72, 700);
                content.showText(text);
                content.endText();
            }
            // saved as Kawal saves every PDF it makes: a classic cross-reference table, clean for qpdf --check
            return new DemoFile(filename, "application/pdf", PdfA.save(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
