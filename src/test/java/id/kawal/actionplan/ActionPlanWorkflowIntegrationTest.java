package id.kawal.actionplan;

import static id.kawal.actionplan.ActionPlanProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kawal.certificate.Certificate;
import id.kawal.certificate.CertificateService;
import id.kawal.document.DocumentService;
import id.kawal.notification.NotificationRepository;
import id.kawal.support.KawalIntegrationTest;
import id.kawal.support.Plans;
import id.kawal.system.ConflictException;
import id.kawal.system.InvalidInputException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;

/** The action plan through the real engine, database and services, step by step. */
@KawalIntegrationTest
class ActionPlanWorkflowIntegrationTest {

    @Autowired Plans plans;
    @Autowired ActionPlanWorkflow workflow;
    @Autowired ActionPlanInbox inbox;
    @Autowired DocumentService documents;
    @Autowired CertificateService certificates;
    @Autowired ManagementService management;
    @Autowired HistoryService history;
    @Autowired RuntimeService runtime;
    @Autowired NotificationRepository notifications;
    @Autowired ActionPlanRepository planRepository;
    @Autowired CohortService cohortService;

    private List<WorkItem> inbox(String username) {
        return inbox.inbox(username, 0, 100).items();
    }

    @Test
    void enrolmentStartsTheProcessWithTheBusinessKeyAndADraftingTaskForTheParticipant() {
        ActionPlan plan = plans.enrol();
        assertThat(plan.getProcessInstanceId()).isNotNull();
        assertThat(plan.getStage()).isEqualTo(Stage.PROPOSAL);
        List<WorkItem> inbox = inbox(plan.getParticipant());
        assertThat(inbox).extracting(WorkItem::taskKey).containsExactly(DRAFT_PROPOSAL);
        assertThat(inbox.get(0).due()).isNotNull();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(plan.getProcessInstanceId())
                .singleResult().getBusinessKey()).isEqualTo(plan.getBusinessKey());
    }

    @Test
    void aProposalSentBackKeepsWhatWasWrittenAndReturnsToTheParticipantWithTheComment() {
        ActionPlan plan = plans.enrol();
        plans.submitProposal(plan, 2);
        plans.approve(plan, REVIEW_PROPOSAL_MENTOR, "mentor");
        workflow.review(plans.task(plan, REVIEW_PROPOSAL_COACH), "coach",
                new ReviewForm(ReviewForm.Decision.REVISE, "Tajamkan indikator keberhasilan"));

        ActionPlan reloaded = plans.reload(plan);
        assertThat(reloaded.getStage()).isEqualTo(Stage.PROPOSAL);
        assertThat(reloaded.getTitle()).isEqualTo("Inovasi uji");
        assertThat(reloaded.getMilestones()).hasSize(2);
        assertThat(inbox(plan.getParticipant())).extracting(WorkItem::taskKey).containsExactly(DRAFT_PROPOSAL);
        assertThat(reloaded.getEvents()).anySatisfy(e -> {
            assertThat(e.getKind()).isEqualTo(ActionPlanEvent.Kind.RETURNED);
            assertThat(e.getComment()).isEqualTo("Tajamkan indikator keberhasilan");
        });
    }

    @Test
    void theTrialHasOneReportTaskPerMilestone() {
        ActionPlan plan = plans.enrol();
        plans.toTrial(plan, 3);
        assertThat(plans.reload(plan).getStage()).isEqualTo(Stage.TRIAL);
        assertThat(inbox(plan.getParticipant())).extracting(WorkItem::taskKey)
                .containsOnly(REPORT_MILESTONE).hasSize(3);
        assertThat(inbox(plan.getParticipant())).extracting(WorkItem::milestoneTitle)
                .containsExactlyInAnyOrder("Tonggak 1", "Tonggak 2", "Tonggak 3");
        assertThat(inbox(plan.getParticipant())).as("each report is due with its milestone").extracting(WorkItem::due)
                .containsExactlyInAnyOrder(LocalDate.now().plusDays(7), LocalDate.now().plusDays(14), LocalDate.now().plusDays(21));
    }

    @Test
    void aMilestoneReportNeedsEvidenceAndLosesNothingWhenItIsMissing() {
        ActionPlan plan = plans.enrol();
        plans.toTrial(plan, 1);
        String task = plans.task(plan, REPORT_MILESTONE);
        assertThatThrownBy(() -> workflow.reportMilestone(task, plan.getParticipant(), new StageReportForm("done"), List.of()))
                .isInstanceOf(InvalidInputException.class);
        assertThat(plans.task(plan, REPORT_MILESTONE)).isEqualTo(task);
        assertThat(plans.reload(plan).getMilestones().get(0).getStatus()).isEqualTo(Milestone.Status.PLANNED);
    }

    @Test
    void anUploadWhoseContentIsNotAnAllowedTypeIsRefusedAndNothingIsStored() {
        ActionPlan plan = plans.enrol();
        plans.toTrial(plan, 1);
        String task = plans.task(plan, REPORT_MILESTONE);
        assertThatThrownBy(() -> workflow.reportMilestone(task, plan.getParticipant(), new StageReportForm("done"),
                List.of(Plans.pdf("good.pdf"), Plans.fakePdf("virus.pdf"))))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).getFieldErrors()).containsKey("files"));
        assertThat(documents.ofActionPlan(plan.getId())).isEmpty();
    }

    @Test
    void anUploadOverTheSizeLimitIsRefused() {
        ActionPlan plan = plans.enrol();
        plans.toTrial(plan, 1);
        byte[] big = new byte[11 * 1024 * 1024];
        System.arraycopy("%PDF-1.7\n".getBytes(), 0, big, 0, 9);
        MockMultipartFile file = new MockMultipartFile("files", "big.pdf", "application/pdf", big);
        assertThatThrownBy(() -> workflow.reportMilestone(plans.task(plan, REPORT_MILESTONE), plan.getParticipant(),
                new StageReportForm("done"), List.of(file)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void storedDocumentsKeepTheirSha256() throws Exception {
        ActionPlan plan = plans.enrol();
        plans.toTrial(plan, 1);
        MockMultipartFile evidence = Plans.pdf("bukti.pdf");
        workflow.reportMilestone(plans.task(plan, REPORT_MILESTONE), plan.getParticipant(), new StageReportForm("done"),
                List.of(evidence));
        var stored = documents.ofActionPlan(plan.getId());
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0).getSha256()).isEqualTo(DocumentService.sha256(evidence.getBytes()));
        assertThat(documents.bytesOf(stored.get(0).getId())).isEqualTo(evidence.getBytes());
    }

    @Test
    void someoneElsesTaskCannotBeCompleted() {
        ActionPlan plan = plans.enrol();
        String task = plans.task(plan, DRAFT_PROPOSAL);
        assertThatThrownBy(() -> workflow.submitProposal(task, "peserta1", Plans.proposal(1), List.of()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> workflow.submitProposal(task, "mentor", Plans.proposal(1), List.of()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aTaskCompletedTwiceIsAConflict() {
        ActionPlan plan = plans.enrol();
        String task = plans.task(plan, DRAFT_PROPOSAL);
        workflow.submitProposal(task, plan.getParticipant(), Plans.proposal(1), List.of());
        assertThatThrownBy(() -> workflow.submitProposal(task, plan.getParticipant(), Plans.proposal(1), List.of()))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void anOverdueMilestoneRemindsParticipantAndMentorThenEscalatesToTheAdministrators() {
        ActionPlan plan = plans.enrol();
        plans.toTrial(plan, 1);
        List<Job> timers = management.createJobQuery().processInstanceId(plan.getProcessInstanceId()).timers().list();
        assertThat(timers).hasSize(2);
        long adminMessagesBefore = notifications.countByRecipientAndCode("admin", "notify.milestoneEscalated");
        timers.stream().sorted(Comparator.comparing(Job::getDuedate)).forEach(t -> management.executeJob(t.getId()));
        // the reminder and escalation steps are asynchronous: run them as the job executor would
        management.createJobQuery().processInstanceId(plan.getProcessInstanceId()).executable().list()
                .forEach(j -> management.executeJob(j.getId()));

        assertThat(notifications.countByRecipientAndCode(plan.getParticipant(), "notify.milestoneOverdue")).isEqualTo(1);
        assertThat(notifications.countByRecipientAndCode("mentor", "notify.milestoneOverdue")).isPositive();
        assertThat(notifications.countByRecipientAndCode("admin", "notify.milestoneEscalated")).isEqualTo(adminMessagesBefore + 1);
        ActionPlan reloaded = plans.reload(plan);
        assertThat(reloaded.getMilestones().get(0).getRemindedAt()).isNotNull();
        assertThat(reloaded.getMilestones().get(0).getEscalatedAt()).isNotNull();
        assertThat(plans.task(plan, REPORT_MILESTONE)).as("the report is still due").isNotNull();
    }

    @Test
    void aMilestoneReportedOnTimeIsNotOverdueWhileItsReviewRunsPastTheDueDate() {
        ActionPlan plan = plans.enrol();
        plans.toTrial(plan, 1);
        workflow.reportMilestone(plans.task(plan, REPORT_MILESTONE), plan.getParticipant(), new StageReportForm("done"),
                List.of(Plans.pdf("bukti.pdf")));
        long participantRemindersBefore = notifications.countByRecipientAndCode(plan.getParticipant(), "notify.milestoneOverdue");
        long adminMessagesBefore = notifications.countByRecipientAndCode("admin", "notify.milestoneEscalated");

        List<Job> milestoneTimers = management.createJobQuery().processInstanceId(plan.getProcessInstanceId()).timers()
                .activityId(ActionPlanProcess.MILESTONE_DUE).list();
        milestoneTimers.addAll(management.createJobQuery().processInstanceId(plan.getProcessInstanceId()).timers()
                .activityId(ActionPlanProcess.MILESTONE_ESCALATION).list());
        assertThat(milestoneTimers).as("the milestone's two timers outlive its report").hasSize(2);
        milestoneTimers.forEach(t -> management.executeJob(t.getId()));
        management.createJobQuery().processInstanceId(plan.getProcessInstanceId()).executable().list()
                .forEach(j -> management.executeJob(j.getId()));

        assertThat(notifications.countByRecipientAndCode(plan.getParticipant(), "notify.milestoneOverdue"))
                .as("the participant reported in time").isEqualTo(participantRemindersBefore);
        assertThat(notifications.countByRecipientAndCode("admin", "notify.milestoneEscalated")).isEqualTo(adminMessagesBefore);
        ActionPlan reloaded = plans.reload(plan);
        assertThat(reloaded.getMilestones().get(0).getRemindedAt()).isNull();
        assertThat(reloaded.getMilestones().get(0).getEscalatedAt()).isNull();
        assertThat(plans.task(plan, REVIEW_MILESTONE)).as("the review still waits, followed by its own timers").isNotNull();
    }

    @Test
    void aLateReviewRemindsTheReviewerThenTellsTheAdministratorsAndStopsOnceReviewed() {
        ActionPlan plan = plans.enrol();
        plans.submitProposal(plan, 1);
        long mentorRemindersBefore = notifications.countByRecipientAndCode("mentor", "notify.reviewLate");
        long coachRemindersBefore = notifications.countByRecipientAndCode("coach", "notify.reviewLate");
        long adminMessagesBefore = notifications.countByRecipientAndCode("admin", "notify.reviewEscalated");

        management.executeJob(lateReviewTimer(plan, ActionPlanProcess.lateReviewReminderOf(REVIEW_PROPOSAL_MENTOR)).getId());
        assertThat(notifications.countByRecipientAndCode("mentor", "notify.reviewLate")).isEqualTo(mentorRemindersBefore + 1);
        assertThat(notifications.countByRecipientAndCode("coach", "notify.reviewLate")).isEqualTo(coachRemindersBefore);
        assertThat(notifications.countByRecipientAndCode("admin", "notify.reviewEscalated")).isEqualTo(adminMessagesBefore);

        management.executeJob(lateReviewTimer(plan, ActionPlanProcess.lateReviewEscalationOf(REVIEW_PROPOSAL_MENTOR)).getId());
        assertThat(notifications.countByRecipientAndCode("admin", "notify.reviewEscalated")).isEqualTo(adminMessagesBefore + 1);
        assertThat(plans.reload(plan).getEvents()).filteredOn(e -> REVIEW_PROPOSAL_MENTOR.equals(e.getTaskKey()))
                .extracting(ActionPlanEvent::getKind)
                .containsExactly(ActionPlanEvent.Kind.REMINDED, ActionPlanEvent.Kind.ESCALATED);

        // reviewed: the mentor's timers are gone with the task, the coach's still wait
        plans.approve(plan, REVIEW_PROPOSAL_MENTOR, "mentor");
        assertThat(lateReviewTimer(plan, ActionPlanProcess.lateReviewReminderOf(REVIEW_PROPOSAL_MENTOR))).isNull();
        assertThat(lateReviewTimer(plan, ActionPlanProcess.lateReviewEscalationOf(REVIEW_PROPOSAL_MENTOR))).isNull();
        assertThat(lateReviewTimer(plan, ActionPlanProcess.lateReviewReminderOf(REVIEW_PROPOSAL_COACH))).isNotNull();
        assertThat(lateReviewTimer(plan, ActionPlanProcess.lateReviewEscalationOf(REVIEW_PROPOSAL_COACH))).isNotNull();
        assertThat(notifications.countByRecipientAndCode("mentor", "notify.reviewLate")).isEqualTo(mentorRemindersBefore + 1);
    }

    private Job lateReviewTimer(ActionPlan plan, String timerId) {
        return management.createJobQuery().processInstanceId(plan.getProcessInstanceId()).timers().activityId(timerId)
                .singleResult();
    }

    @Test
    void aPassingSeminarLeadsToTheDecisionTablesPredicateAndACertificateWhoseBytesNeverChange() throws Exception {
        ActionPlan plan = plans.enrol();
        plans.toSeminar(plan);
        plans.score(plan, "85", "88", "86");
        ActionPlan scored = plans.reload(plan);
        assertThat(scored.getFinalScore()).isEqualByComparingTo("86.33");
        assertThat(scored.getPredicate()).isEqualTo("Memuaskan");
        assertThat(scored.getStage()).isEqualTo(Stage.CERTIFICATE);
        assertThat(inbox("admin")).extracting(WorkItem::actionPlanId).contains(plan.getId());

        Certificate certificate = workflow.issueCertificate(plans.task(plan, ISSUE_CERTIFICATE), "admin");
        assertThat(plans.reload(plan).getStage()).isEqualTo(Stage.GRADUATED);
        byte[] first = certificates.pdfOf(certificate.getSerial());
        byte[] second = certificates.pdfOf(certificate.getSerial());
        assertThat(first).isEqualTo(second);
        try (var pdf = Loader.loadPDF(first)) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Peserta Uji " + plan.getParticipant()).contains(certificate.getSerial()).contains("Memuaskan");
        }
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(plan.getProcessInstanceId())
                .singleResult().getEndActivityId()).isEqualTo(GRADUATED);
    }

    @Test
    void aFailingSeminarEndsNotPassedWithANoticeAndNoCertificateTask() {
        ActionPlan plan = plans.enrol();
        plans.toSeminar(plan);
        plans.score(plan, "55", "60", "50");
        ActionPlan scored = plans.reload(plan);
        assertThat(scored.getPredicate()).isEqualTo("Tidak Memuaskan");
        assertThat(scored.getPassed()).isFalse();
        assertThat(scored.getStage()).isEqualTo(Stage.NOT_PASSED);
        management.createJobQuery().processInstanceId(plan.getProcessInstanceId()).list()
                .forEach(j -> management.executeJob(j.getId()));
        assertThat(notifications.countByRecipientAndCode(plan.getParticipant(), "notify.notPassed")).isEqualTo(1);
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(plan.getProcessInstanceId())
                .singleResult().getEndActivityId()).isEqualTo(NOT_PASSED);
    }

    /**
     * The app never hands the table such a score (scores are checked 0-100 where they are stored); a score set by
     * other means is put before the rule step here, as an operator's process modification would.
     */
    @Test
    void aFinalScoreTheTableCannotJudgeReopensTheSeminarScoringTellsTheAdministratorsAndIsNeverNotPassed() {
        ActionPlan plan = plans.enrol();
        plans.toSeminar(plan);
        long adminMessagesBefore = notifications.countByRecipientAndCode("admin", "notify.finalScoreNeedsReview");
        runtime.createProcessInstanceModification(plan.getProcessInstanceId())
                .cancelAllForActivity(SCORE_SEMINAR_EXAMINER).cancelAllForActivity(SCORE_SEMINAR_COACH)
                .cancelAllForActivity(SCORE_SEMINAR_MENTOR)
                .startBeforeActivity(DECIDE_GRADUATION).setVariable(VAR_FINAL_SCORE, 150.0)
                .execute();
        assertThat(runtime.createIncidentQuery().processInstanceId(plan.getProcessInstanceId()).count()).isZero();
        management.createJobQuery().processInstanceId(plan.getProcessInstanceId()).executable().list()
                .forEach(j -> management.executeJob(j.getId()));

        assertThat(notifications.countByRecipientAndCode("admin", "notify.finalScoreNeedsReview"))
                .isEqualTo(adminMessagesBefore + 1);
        assertThat(notifications.countByRecipientAndCode(plan.getExaminer(), "notify.finalScoreNeedsReview")).isEqualTo(1);
        ActionPlan flagged = plans.reload(plan);
        assertThat(flagged.getEvents()).anySatisfy(e -> {
            assertThat(e.getKind()).isEqualTo(ActionPlanEvent.Kind.ESCALATED);
            assertThat(e.getComment()).contains("150").contains("0 sampai 100");
        });
        assertThat(flagged.getPredicate()).isNull();
        assertThat(flagged.getPassed()).isNull();
        assertThat(inbox(plan.getExaminer())).extracting(WorkItem::taskKey).contains(SCORE_SEMINAR_EXAMINER);
        assertThat(notifications.countByRecipientAndCode(plan.getParticipant(), "notify.notPassed")).isZero();

        plans.score(plan, "85", "88", "86");
        ActionPlan rescored = plans.reload(plan);
        assertThat(rescored.getPredicate()).isEqualTo("Memuaskan");
        assertThat(rescored.getPassed()).isTrue();
        assertThat(rescored.getStage()).isEqualTo(Stage.CERTIFICATE);
    }

    @Test
    void aParticipantCannotBeEnrolledTwiceInOneCohort() {
        ActionPlan plan = plans.enrol();
        EnrolmentForm again = Plans.enrolment(plan.getParticipant());
        again.setNip(planRepository.findById(plan.getId()).map(p -> p.getBusinessKey().split("/")[0]).orElseThrow());
        Long cohortId = plan.getCohort().getId();
        assertThatThrownBy(() -> cohortService.enrol(cohortId, again)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).getFieldErrors()).containsKey("username"));
    }
}
