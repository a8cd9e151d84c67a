package id.kawal.support;

import static id.kawal.actionplan.ActionPlanProcess.*;

import id.kawal.actionplan.ActionPlan;
import id.kawal.actionplan.ActionPlanRepository;
import id.kawal.actionplan.ActionPlanWorkflow;
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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

/** Enrols fresh participants in the demo cohort and walks them to a stage through the real workflow. */
public class Plans {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(100);
    /** The password enrolment gives a new participant, which they must change at the first login. */
    public static final String INITIAL_PASSWORD = "sementara-1234";
    /** The password of every test account once in use. */
    public static final String PASSWORD = "rahasia-123";

    private final CohortService cohorts;
    private final CohortRepository cohortRepository;
    private final ActionPlanWorkflow workflow;
    private final ActionPlanRepository plans;
    private final TaskService tasks;
    private final TransactionTemplate transaction;
    private final UserAccountService accounts;

    public Plans(CohortService cohorts, CohortRepository cohortRepository, ActionPlanWorkflow workflow,
            ActionPlanRepository plans, TaskService tasks, TransactionTemplate transaction, UserAccountService accounts) {
        this.transaction = transaction;
        this.accounts = accounts;
        this.cohorts = cohorts;
        this.cohortRepository = cohortRepository;
        this.workflow = workflow;
        this.plans = plans;
        this.tasks = tasks;
    }

    /** A valid, unused NIP. */
    public static String freshNip() {
        int n = SEQUENCE.incrementAndGet();
        // appointed in January of 2010, 2011, ... a thousand at a time: always 18 digits
        return "19850101" + (2010 + n / 1000) + "01" + "1" + String.format("%03d", n % 1000);
    }

    public static EnrolmentForm enrolment(String username) {
        EnrolmentForm form = new EnrolmentForm();
        form.setNip(freshNip());
        form.setFullName("Peserta Uji " + username);
        form.setPosition("Kepala Bidang");
        form.setAgency("Dinas Uji");
        form.setUsername(username);
        form.setInitialPassword(INITIAL_PASSWORD);
        form.setMentor("mentor");
        form.setCoach("coach");
        form.setExaminer("penguji");
        return form;
    }

    public ActionPlan enrol() {
        return enrol("mentor");
    }

    /** A fresh participant with the given mentor (the demo's coach and examiner). */
    public ActionPlan enrol(String mentor) {
        String username = "uji" + SEQUENCE.incrementAndGet();
        Long cohortId = cohortRepository.findByCode("PKA-I-2025").orElseThrow().getId();
        EnrolmentForm form = enrolment(username);
        form.setMentor(mentor);
        ActionPlan plan = cohorts.enrol(cohortId, form);
        // as if the participant had replaced the initial password at the first login; test accounts keep the short
        // password the tests have always used (the 12-character rule is the change page's, not this setter's)
        accounts.changePassword(username, PASSWORD);
        return plan;
    }

    /** A new account with one role, a NIP of its own and the password {@code rahasia-123}; returns its username. */
    public String newUser(String prefix, Role role) {
        String username = prefix + SEQUENCE.incrementAndGet();
        accounts.createUser(username, PASSWORD, new Person(username, "Pengguna Uji " + username, freshNip(), null, null),
                List.of(role));
        return username;
    }

    /** The plan as stored now, with its milestones and history loaded. */
    public ActionPlan reload(ActionPlan plan) {
        return transaction.execute(status -> {
            ActionPlan fresh = plans.findById(plan.getId()).orElseThrow();
            fresh.getMilestones().size();
            fresh.getEvents().size();
            return fresh;
        });
    }

    public String task(ActionPlan plan, String key) {
        List<Task> open = tasks.createTaskQuery().processInstanceId(plan.getProcessInstanceId()).taskDefinitionKey(key).list();
        if (open.isEmpty()) {
            throw new AssertionError(plan.getParticipant() + " has no open " + key);
        }
        return open.get(0).getId();
    }

    public static ProposalForm proposal(int milestones) {
        ProposalForm form = new ProposalForm();
        form.setTitle("Inovasi uji");
        form.setProblemStatement("Masalah");
        form.setObjectives("Tujuan");
        for (int i = 1; i <= milestones; i++) {
            form.getMilestones().add(new ProposalForm.MilestoneRow("Tonggak " + i, LocalDate.now().plusDays(7L * i)));
        }
        return form;
    }

    public void submitProposal(ActionPlan plan, int milestones) {
        workflow.submitProposal(task(plan, DRAFT_PROPOSAL), plan.getParticipant(), proposal(milestones), List.of());
    }

    public void approve(ActionPlan plan, String key, String reviewer) {
        workflow.review(task(plan, key), reviewer, new ReviewForm(ReviewForm.Decision.APPROVE, null));
    }

    public void toTrial(ActionPlan plan, int milestones) {
        submitProposal(plan, milestones);
        approve(plan, REVIEW_PROPOSAL_MENTOR, "mentor");
        approve(plan, REVIEW_PROPOSAL_COACH, "coach");
    }

    public void toSeminar(ActionPlan plan) {
        toTrial(plan, 1);
        workflow.reportMilestone(task(plan, REPORT_MILESTONE), plan.getParticipant(), new StageReportForm("done"),
                List.of(pdf("bukti.pdf")));
        approve(plan, REVIEW_MILESTONE, "mentor");
        workflow.submitEvaluation(task(plan, SUBMIT_EVALUATION), plan.getParticipant(), new StageReportForm("eval"), List.of());
        approve(plan, REVIEW_EVALUATION, "mentor");
        workflow.submitFinalReport(task(plan, SUBMIT_FINAL_REPORT), plan.getParticipant(), new StageReportForm("final"),
                List.of(pdf("laporan.pdf")));
        approve(plan, REVIEW_FINAL_REPORT_MENTOR, "mentor");
        approve(plan, REVIEW_FINAL_REPORT_COACH, "coach");
    }

    public void score(ActionPlan plan, String examiner, String coach, String mentor) {
        workflow.scoreSeminar(task(plan, SCORE_SEMINAR_EXAMINER), "penguji", new SeminarScoreForm(new BigDecimal(examiner), null));
        workflow.scoreSeminar(task(plan, SCORE_SEMINAR_COACH), "coach", new SeminarScoreForm(new BigDecimal(coach), null));
        workflow.scoreSeminar(task(plan, SCORE_SEMINAR_MENTOR), "mentor", new SeminarScoreForm(new BigDecimal(mentor), null));
    }

    /** A real, small PDF upload. */
    public static MockMultipartFile pdf(String name) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);
            return new MockMultipartFile("files", name, "application/pdf", out.toByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public static MultipartFile fakePdf(String name) {
        byte[] exe = new byte[256];
        exe[0] = 'M';
        exe[1] = 'Z';
        return new MockMultipartFile("files", name, "application/pdf", exe);
    }
}
