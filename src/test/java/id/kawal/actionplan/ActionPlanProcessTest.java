package id.kawal.actionplan;

import static id.kawal.actionplan.ActionPlanProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Walks every path of {@code processes/pka-action-plan.bpmn} on an in-memory engine (see camunda.cfg.xml).
 * Delegates and the milestone bean are stand-ins registered with {@link Mocks}; timers and async steps are
 * driven by executing their jobs, never by waiting.
 */
@Deployment(resources = {"processes/pka-action-plan.bpmn", "processes/graduation-predicate.dmn"})
public class ActionPlanProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("camunda.cfg.xml")
            .build();

    private static final long ACTION_PLAN_ID = 42L;
    private static final String PARTICIPANT = "peserta.budi";
    private static final String MENTOR = "mentor.sari";
    private static final String COACH = "coach.andi";
    private static final String EXAMINER = "penguji.rina";
    private static final long FIRST_MILESTONE = 11L;
    private static final long SECOND_MILESTONE = 12L;

    private FakeMilestones milestones;
    private final FakeDueDates dueDates = new FakeDueDates();
    private JavaDelegate remindDelegate;
    private JavaDelegate signCertificateDelegate;
    private JavaDelegate escalateDelegate;
    private JavaDelegate computeFinalScoreDelegate;
    private JavaDelegate noticeDelegate;
    private final List<Long> remindedMilestones = new ArrayList<>();
    private final List<Long> escalatedMilestones = new ArrayList<>();
    private JavaDelegate reopenScoringDelegate;
    private JavaDelegate remindLateReviewDelegate;
    private JavaDelegate escalateLateReviewDelegate;
    private final List<LateReview> lateReviewReminders = new ArrayList<>();
    private final List<LateReview> lateReviewEscalations = new ArrayList<>();
    private Double finalScore = 85.0;

    @BeforeEach
    void registerStandIns() throws Exception {
        BpmnAwareTests.init(engine.getProcessEngine());

        milestones = new FakeMilestones(List.of(FIRST_MILESTONE, SECOND_MILESTONE));
        Mocks.register("actionPlanMilestones", milestones);
        Mocks.register("actionPlanDueDates", dueDates);

        remindDelegate = mock(JavaDelegate.class);
        doAnswer(call -> remindedMilestones.add(milestoneIdOf(call.getArgument(0))))
                .when(remindDelegate).execute(any());
        Mocks.register("remindOverdueMilestoneDelegate", remindDelegate);

        escalateDelegate = mock(JavaDelegate.class);
        doAnswer(call -> escalatedMilestones.add(milestoneIdOf(call.getArgument(0))))
                .when(escalateDelegate).execute(any());
        Mocks.register("escalateOverdueMilestoneDelegate", escalateDelegate);

        computeFinalScoreDelegate = mock(JavaDelegate.class);
        doAnswer(call -> {
            DelegateExecution execution = call.getArgument(0);
            execution.setVariable(VAR_FINAL_SCORE, finalScore);
            return null;
        }).when(computeFinalScoreDelegate).execute(any());
        Mocks.register("computeFinalScoreDelegate", computeFinalScoreDelegate);

        noticeDelegate = mock(JavaDelegate.class);
        Mocks.register("sendNotPassedNoticeDelegate", noticeDelegate);

        reopenScoringDelegate = mock(JavaDelegate.class);
        Mocks.register("reopenSeminarScoringDelegate", reopenScoringDelegate);

        signCertificateDelegate = mock(JavaDelegate.class);
        Mocks.register("signCertificateDelegate", signCertificateDelegate);

        remindLateReviewDelegate = mock(JavaDelegate.class);
        doAnswer(call -> lateReviewReminders.add(LateReview.of(call.getArgument(0))))
                .when(remindLateReviewDelegate).execute(any());
        Mocks.register("remindLateReviewDelegate", remindLateReviewDelegate);

        escalateLateReviewDelegate = mock(JavaDelegate.class);
        doAnswer(call -> lateReviewEscalations.add(LateReview.of(call.getArgument(0))))
                .when(escalateLateReviewDelegate).execute(any());
        Mocks.register("escalateLateReviewDelegate", escalateLateReviewDelegate);
    }

    @AfterEach
    void forgetStandIns() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    // ------------------------------------------------------------------ paths

    @Test
    void planWithTwoApprovedMilestonesGraduatesAndWaitsForAdminToIssueCertificate() throws Exception {
        ProcessInstance pi = startPlan();

        assertThat(pi).isWaitingAtExactly(DRAFT_PROPOSAL);
        assertThat(task(DRAFT_PROPOSAL, pi)).isAssignedTo(PARTICIPANT);
        complete(task(DRAFT_PROPOSAL, pi));

        assertThat(pi).isWaitingAtExactly(REVIEW_PROPOSAL_MENTOR, REVIEW_PROPOSAL_COACH);
        assertThat(task(REVIEW_PROPOSAL_MENTOR, pi)).isAssignedTo(MENTOR);
        assertThat(task(REVIEW_PROPOSAL_COACH, pi)).isAssignedTo(COACH);
        review(pi, REVIEW_PROPOSAL_MENTOR, true);
        review(pi, REVIEW_PROPOSAL_COACH, true);

        // one trial sub-process instance per milestone, each with its own report task and two timers
        assertInTrialWaitingAt(pi, REPORT_MILESTONE);
        // the engine evaluates the collection expression more than once (size, then elements): idsOf must be stable
        assertThat(milestones.idsRequestedFor).isNotEmpty().containsOnly(ACTION_PLAN_ID);
        assertThat(reportTaskMilestoneIds(pi)).containsExactlyInAnyOrder(FIRST_MILESTONE, SECOND_MILESTONE);
        assertThat(timers(pi, MILESTONE_DUE)).hasSize(2);
        assertThat(timers(pi, MILESTONE_ESCALATION)).hasSize(2);
        for (long milestone : List.of(FIRST_MILESTONE, SECOND_MILESTONE)) {
            assertThat(milestoneTask(pi, REPORT_MILESTONE, milestone)).isAssignedTo(PARTICIPANT);
            complete(milestoneTask(pi, REPORT_MILESTONE, milestone));
            assertThat(milestoneTask(pi, REVIEW_MILESTONE, milestone)).isAssignedTo(MENTOR);
            reviewMilestone(pi, milestone, true);
        }
        assertThat(timers(pi, MILESTONE_DUE)).isEmpty();
        assertThat(timers(pi, MILESTONE_ESCALATION)).isEmpty();

        assertThat(pi).isWaitingAtExactly(SUBMIT_EVALUATION);
        assertThat(task(SUBMIT_EVALUATION, pi)).isAssignedTo(PARTICIPANT);
        complete(task(SUBMIT_EVALUATION, pi));
        assertThat(task(REVIEW_EVALUATION, pi)).isAssignedTo(MENTOR);
        review(pi, REVIEW_EVALUATION, true);

        assertThat(pi).isWaitingAtExactly(SUBMIT_FINAL_REPORT);
        assertThat(task(SUBMIT_FINAL_REPORT, pi)).isAssignedTo(PARTICIPANT);
        complete(task(SUBMIT_FINAL_REPORT, pi));
        assertThat(pi).isWaitingAtExactly(REVIEW_FINAL_REPORT_MENTOR, REVIEW_FINAL_REPORT_COACH);
        assertThat(task(REVIEW_FINAL_REPORT_MENTOR, pi)).isAssignedTo(MENTOR);
        assertThat(task(REVIEW_FINAL_REPORT_COACH, pi)).isAssignedTo(COACH);
        review(pi, REVIEW_FINAL_REPORT_MENTOR, true);
        review(pi, REVIEW_FINAL_REPORT_COACH, true);

        assertThat(pi).isWaitingAtExactly(SCORE_SEMINAR_EXAMINER, SCORE_SEMINAR_COACH, SCORE_SEMINAR_MENTOR);
        assertThat(task(SCORE_SEMINAR_EXAMINER, pi)).isAssignedTo(EXAMINER);
        assertThat(task(SCORE_SEMINAR_COACH, pi)).isAssignedTo(COACH);
        assertThat(task(SCORE_SEMINAR_MENTOR, pi)).isAssignedTo(MENTOR);
        scoreSeminar(pi);

        verify(computeFinalScoreDelegate).execute(any());
        assertThat(pi).hasPassedInOrder(COMPUTE_FINAL_SCORE, DECIDE_GRADUATION).isWaitingAtExactly(ISSUE_CERTIFICATE);
        assertThat(pi).variables()
                .containsEntry(VAR_FINAL_SCORE, 85.0)
                .containsEntry(VAR_PREDICATE, "Memuaskan")
                .containsEntry(VAR_PASSED, true);
        assertThat(task(ISSUE_CERTIFICATE, pi)).isNotAssigned().hasCandidateGroup(ADMIN_GROUP);
        complete(task(ISSUE_CERTIFICATE, pi), withVariables(VAR_CERTIFICATE_ISSUED_BY, "admin"));

        assertThat(pi).isEnded().hasPassedInOrder(ISSUE_CERTIFICATE, SIGN_CERTIFICATE, GRADUATED)
                .hasNotPassed(NOT_PASSED, SEND_NOT_PASSED_NOTICE, REMIND_OVERDUE_MILESTONE, ESCALATE_OVERDUE_MILESTONE);
        verify(signCertificateDelegate).execute(any());
        verifyNoInteractions(remindDelegate, escalateDelegate, noticeDelegate, remindLateReviewDelegate,
                escalateLateReviewDelegate);
    }

    @Test
    void everyTaskIsDueFromTheMomentItIsCreatedAndMilestoneTasksKeepTheirMilestoneThemselves() {
        ProcessInstance pi = startPlan();
        assertThat(task(DRAFT_PROPOSAL, pi).getDueDate()).isEqualTo(dueDates.of(DRAFT_PROPOSAL));
        approveProposal(pi);

        List<Task> reports = taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(REPORT_MILESTONE).list();
        for (Task report : reports) {
            Object milestone = taskService().getVariableLocal(report.getId(), VAR_MILESTONE_ID);
            assertThat(milestone).isIn(FIRST_MILESTONE, SECOND_MILESTONE);
            assertThat(report.getDueDate()).isEqualTo(milestones.dueDateOf((Long) milestone));
        }
        // one query finds the milestone of every task of a page, whatever scope the engine keeps it in
        assertThat(runtimeService().createVariableInstanceQuery()
                .taskIdIn(reports.stream().map(Task::getId).toArray(String[]::new)).variableName(VAR_MILESTONE_ID).list())
                .extracting(VariableInstance::getValue).containsExactlyInAnyOrder(FIRST_MILESTONE, SECOND_MILESTONE);

        complete(milestoneTask(pi, REPORT_MILESTONE, FIRST_MILESTONE));
        Task review = milestoneTask(pi, REVIEW_MILESTONE, FIRST_MILESTONE);
        assertThat(taskService().getVariableLocal(review.getId(), VAR_MILESTONE_ID)).isEqualTo(FIRST_MILESTONE);
        assertThat(review.getDueDate()).isEqualTo(dueDates.of(REVIEW_MILESTONE));

        // a report sent back is a new task: it is due and knows its milestone too
        reviewMilestone(pi, FIRST_MILESTONE, false);
        Task again = milestoneTask(pi, REPORT_MILESTONE, FIRST_MILESTONE);
        assertThat(taskService().getVariableLocal(again.getId(), VAR_MILESTONE_ID)).isEqualTo(FIRST_MILESTONE);
        assertThat(again.getDueDate()).isEqualTo(milestones.dueDateOf(FIRST_MILESTONE));
    }

    @Test
    void everyUserTaskOfTheModelAsksForItsDueDate() {
        BpmnModelInstance model = deployedModel();
        Collection<UserTask> userTasks = model.getModelElementsByType(UserTask.class);
        assertThat(userTasks).hasSize(14);
        for (UserTask userTask : userTasks) {
            assertThat(userTask.getCamundaDueDate()).as(userTask.getId()).isEqualTo("${actionPlanDueDates.of(execution)}");
        }
    }

    @Test
    void proposalSentBackByCoachReturnsToDrafting() {
        ProcessInstance pi = startPlan();
        complete(task(DRAFT_PROPOSAL, pi));
        review(pi, REVIEW_PROPOSAL_MENTOR, true);
        review(pi, REVIEW_PROPOSAL_COACH, false);

        assertThat(pi).isWaitingAtExactly(DRAFT_PROPOSAL);
        assertThat(task(DRAFT_PROPOSAL, pi)).isAssignedTo(PARTICIPANT);

        // the revised proposal goes to both reviewers again
        complete(task(DRAFT_PROPOSAL, pi));
        assertThat(pi).isWaitingAtExactly(REVIEW_PROPOSAL_MENTOR, REVIEW_PROPOSAL_COACH);
        review(pi, REVIEW_PROPOSAL_MENTOR, true);
        review(pi, REVIEW_PROPOSAL_COACH, true);

        assertInTrialWaitingAt(pi, REPORT_MILESTONE);
    }

    @Test
    void proposalSentBackByMentorReturnsToDraftingEvenIfCoachApproves() {
        ProcessInstance pi = startPlan();
        complete(task(DRAFT_PROPOSAL, pi));
        review(pi, REVIEW_PROPOSAL_COACH, true);
        review(pi, REVIEW_PROPOSAL_MENTOR, false);

        assertThat(pi).isWaitingAtExactly(DRAFT_PROPOSAL);
    }

    @Test
    void milestoneReturnedByMentorGoesBackToReportingOnlyThatMilestone() {
        ProcessInstance pi = startPlan();
        approveProposal(pi);

        complete(milestoneTask(pi, REPORT_MILESTONE, FIRST_MILESTONE));
        complete(milestoneTask(pi, REPORT_MILESTONE, SECOND_MILESTONE));
        reviewMilestone(pi, FIRST_MILESTONE, false);

        // the first milestone is back with the participant, the second still waits for its review
        assertInTrialWaitingAt(pi, REPORT_MILESTONE, REVIEW_MILESTONE);
        assertThat(reportTaskMilestoneIds(pi)).containsExactly(FIRST_MILESTONE);
        assertThat(milestoneTask(pi, REPORT_MILESTONE, FIRST_MILESTONE)).isAssignedTo(PARTICIPANT);
        // the review decision lives in each milestone's own scope, never on the process instance
        assertThat(pi).variables().doesNotContainKey(decisionVariableOf(REVIEW_MILESTONE).orElseThrow());
        // a returned milestone keeps the timers it had: neither milestone is approved yet, nothing is re-armed
        assertThat(timers(pi, MILESTONE_DUE)).hasSize(2);

        reviewMilestone(pi, SECOND_MILESTONE, true);
        assertInTrialWaitingAt(pi, REPORT_MILESTONE);

        complete(milestoneTask(pi, REPORT_MILESTONE, FIRST_MILESTONE));
        reviewMilestone(pi, FIRST_MILESTONE, true);

        assertThat(pi).isWaitingAtExactly(SUBMIT_EVALUATION);
    }

    @Test
    void overdueMilestoneRemindsThenEscalatesWhileTheReportStaysOpen() throws Exception {
        milestones = new FakeMilestones(List.of(FIRST_MILESTONE));
        Mocks.register("actionPlanMilestones", milestones);
        ProcessInstance pi = startPlan();
        approveProposal(pi);
        String reportTaskId = milestoneTask(pi, REPORT_MILESTONE, FIRST_MILESTONE).getId();

        Job dueTimer = single(timers(pi, MILESTONE_DUE));
        Job escalationTimer = single(timers(pi, MILESTONE_ESCALATION));
        assertThat(dueTimer.getDuedate().toInstant()).isEqualTo(milestones.dueDateOf(FIRST_MILESTONE).toInstant());
        assertThat(escalationTimer.getDuedate().toInstant())
                .isEqualTo(milestones.escalationDateOf(FIRST_MILESTONE).toInstant());

        // due date passes: the reminder is queued as its own job (asyncBefore), then sent
        execute(dueTimer);
        verifyNoInteractions(remindDelegate);
        execute(job(REMIND_OVERDUE_MILESTONE, pi));
        verify(remindDelegate).execute(any());
        assertThat(remindedMilestones).containsExactly(FIRST_MILESTONE);
        assertInTrialWaitingAt(pi, REPORT_MILESTONE);
        assertThat(pi).hasPassed(MILESTONE_DUE, REMIND_OVERDUE_MILESTONE);
        assertThat(milestoneTask(pi, REPORT_MILESTONE, FIRST_MILESTONE).getId()).isEqualTo(reportTaskId);

        // escalation date passes: the administrator is alerted, the report task is still the same open task
        assertThat(timers(pi, MILESTONE_DUE)).isEmpty();
        execute(single(timers(pi, MILESTONE_ESCALATION)));
        execute(job(ESCALATE_OVERDUE_MILESTONE, pi));
        verify(escalateDelegate).execute(any());
        assertThat(escalatedMilestones).containsExactly(FIRST_MILESTONE);
        assertInTrialWaitingAt(pi, REPORT_MILESTONE);
        assertThat(pi).hasPassed(MILESTONE_ESCALATION, ESCALATE_OVERDUE_MILESTONE);
        assertThat(milestoneTask(pi, REPORT_MILESTONE, FIRST_MILESTONE).getId()).isEqualTo(reportTaskId);

        // the late report is still accepted and the plan moves on
        complete(milestoneTask(pi, REPORT_MILESTONE, FIRST_MILESTONE));
        reviewMilestone(pi, FIRST_MILESTONE, true);
        assertThat(pi).isWaitingAtExactly(SUBMIT_EVALUATION);
        assertThat(jobQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    @Test
    void milestoneApprovedOnTimeCancelsItsTimers() {
        milestones = new FakeMilestones(List.of(FIRST_MILESTONE));
        Mocks.register("actionPlanMilestones", milestones);
        ProcessInstance pi = startPlan();
        approveProposal(pi);

        complete(milestoneTask(pi, REPORT_MILESTONE, FIRST_MILESTONE));
        // reported, not yet approved: the milestone may still be returned, its timers stay
        assertInTrialWaitingAt(pi, REVIEW_MILESTONE);
        assertThat(timers(pi, MILESTONE_DUE)).hasSize(1);
        assertThat(timers(pi, MILESTONE_ESCALATION)).hasSize(1);

        reviewMilestone(pi, FIRST_MILESTONE, true);

        assertThat(pi).isWaitingAtExactly(SUBMIT_EVALUATION);
        assertThat(jobQuery().processInstanceId(pi.getId()).count()).isZero();
        verifyNoInteractions(remindDelegate, escalateDelegate);
    }

    @Test
    void revisionsBeforeTheDueDateKeepTheMilestoneTimersNotReArmThem() {
        milestones = new FakeMilestones(List.of(FIRST_MILESTONE));
        Mocks.register("actionPlanMilestones", milestones);
        ProcessInstance pi = startPlan();
        approveProposal(pi);
        String dueTimer = single(timers(pi, MILESTONE_DUE)).getId();
        String escalationTimer = single(timers(pi, MILESTONE_ESCALATION)).getId();

        for (int revision = 0; revision < 2; revision++) {
            complete(milestoneTask(pi, REPORT_MILESTONE, FIRST_MILESTONE));
            reviewMilestone(pi, FIRST_MILESTONE, false);
            assertInTrialWaitingAt(pi, REPORT_MILESTONE);
            assertThat(single(timers(pi, MILESTONE_DUE)).getId()).isEqualTo(dueTimer);
            assertThat(single(timers(pi, MILESTONE_ESCALATION)).getId()).isEqualTo(escalationTimer);
        }
    }

    /** The bug this model fixes: each return of a late report re-created the timers with a past date. */
    @Test
    void lateMilestoneRevisedTwiceIsRemindedOnceAndEscalatedOnce() throws Exception {
        milestones = new FakeMilestones(List.of(FIRST_MILESTONE));
        Mocks.register("actionPlanMilestones", milestones);
        ProcessInstance pi = startPlan();
        approveProposal(pi);

        execute(single(timers(pi, MILESTONE_DUE)));
        execute(job(REMIND_OVERDUE_MILESTONE, pi));
        execute(single(timers(pi, MILESTONE_ESCALATION)));
        execute(job(ESCALATE_OVERDUE_MILESTONE, pi));
        assertThat(remindedMilestones).containsExactly(FIRST_MILESTONE);
        assertThat(escalatedMilestones).containsExactly(FIRST_MILESTONE);

        for (int revision = 0; revision < 2; revision++) {
            complete(milestoneTask(pi, REPORT_MILESTONE, FIRST_MILESTONE));
            reviewMilestone(pi, FIRST_MILESTONE, false);
            assertInTrialWaitingAt(pi, REPORT_MILESTONE);
            // nothing re-armed, nothing due: no milestone timer and no queued reminder or escalation
            assertThat(timers(pi, MILESTONE_DUE)).isEmpty();
            assertThat(timers(pi, MILESTONE_ESCALATION)).isEmpty();
            assertThat(jobQuery().processInstanceId(pi.getId()).activityId(REMIND_OVERDUE_MILESTONE).count()).isZero();
            assertThat(jobQuery().processInstanceId(pi.getId()).activityId(ESCALATE_OVERDUE_MILESTONE).count()).isZero();
        }
        complete(milestoneTask(pi, REPORT_MILESTONE, FIRST_MILESTONE));
        reviewMilestone(pi, FIRST_MILESTONE, true);

        assertThat(pi).isWaitingAtExactly(SUBMIT_EVALUATION);
        verify(remindDelegate, times(1)).execute(any());
        verify(escalateDelegate, times(1)).execute(any());
        assertThat(remindedMilestones).containsExactly(FIRST_MILESTONE);
        assertThat(escalatedMilestones).containsExactly(FIRST_MILESTONE);
        assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
                .activityId(REMIND_OVERDUE_MILESTONE).count()).isEqualTo(1);
        assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
                .activityId(ESCALATE_OVERDUE_MILESTONE).count()).isEqualTo(1);
    }

    @Test
    void eachMilestoneIsRemindedOnItsOwnDueDate() throws Exception {
        ProcessInstance pi = startPlan();
        approveProposal(pi);

        Job secondDue = timers(pi, MILESTONE_DUE).stream()
                .filter(j -> j.getDuedate().equals(milestones.dueDateOf(SECOND_MILESTONE))).findFirst().orElseThrow();
        execute(secondDue);
        execute(job(REMIND_OVERDUE_MILESTONE, pi));

        assertThat(remindedMilestones).containsExactly(SECOND_MILESTONE);
        assertThat(single(timers(pi, MILESTONE_DUE)).getDuedate()).isEqualTo(milestones.dueDateOf(FIRST_MILESTONE));
    }

    @Test
    void pendingReminderKeepsItsMilestoneOpenUntilSent() throws Exception {
        milestones = new FakeMilestones(List.of(FIRST_MILESTONE));
        Mocks.register("actionPlanMilestones", milestones);
        ProcessInstance pi = startPlan();
        approveProposal(pi);

        execute(single(timers(pi, MILESTONE_DUE)));
        complete(milestoneTask(pi, REPORT_MILESTONE, FIRST_MILESTONE));
        reviewMilestone(pi, FIRST_MILESTONE, true);

        // the queued reminder is a token of this milestone's sub-process instance: the trial waits for it
        assertThat(pi).isWaitingAt(REMIND_OVERDUE_MILESTONE).isNotWaitingAt(SUBMIT_EVALUATION);
        execute(job(REMIND_OVERDUE_MILESTONE, pi));
        assertThat(pi).isWaitingAtExactly(SUBMIT_EVALUATION);
    }

    @Test
    void evaluationSentBackByMentorReturnsToSubmission() {
        ProcessInstance pi = startPlan();
        approveProposal(pi);
        passTrial(pi);

        complete(task(SUBMIT_EVALUATION, pi));
        review(pi, REVIEW_EVALUATION, false);
        assertThat(pi).isWaitingAtExactly(SUBMIT_EVALUATION);

        complete(task(SUBMIT_EVALUATION, pi));
        review(pi, REVIEW_EVALUATION, true);
        assertThat(pi).isWaitingAtExactly(SUBMIT_FINAL_REPORT);
    }

    @Test
    void finalReportSentBackByEitherReviewerReturnsToSubmission() {
        ProcessInstance pi = startPlan();
        approveProposal(pi);
        passTrial(pi);
        passEvaluation(pi);

        complete(task(SUBMIT_FINAL_REPORT, pi));
        review(pi, REVIEW_FINAL_REPORT_MENTOR, false);
        review(pi, REVIEW_FINAL_REPORT_COACH, true);
        assertThat(pi).isWaitingAtExactly(SUBMIT_FINAL_REPORT);

        complete(task(SUBMIT_FINAL_REPORT, pi));
        review(pi, REVIEW_FINAL_REPORT_MENTOR, true);
        review(pi, REVIEW_FINAL_REPORT_COACH, false);
        assertThat(pi).isWaitingAtExactly(SUBMIT_FINAL_REPORT);

        complete(task(SUBMIT_FINAL_REPORT, pi));
        review(pi, REVIEW_FINAL_REPORT_MENTOR, true);
        review(pi, REVIEW_FINAL_REPORT_COACH, true);
        assertThat(pi).isWaitingAtExactly(SCORE_SEMINAR_EXAMINER, SCORE_SEMINAR_COACH, SCORE_SEMINAR_MENTOR);
    }

    @Test
    void finalScoreOf55EndsNotPassedAfterSendingTheNotice() throws Exception {
        finalScore = 55.0;
        ProcessInstance pi = runToSeminar();
        scoreSeminar(pi);

        // the notice is sent in its own transaction, after the decision has been stored
        assertThat(pi).hasPassed(DECIDE_GRADUATION).isWaitingAt(SEND_NOT_PASSED_NOTICE);
        assertThat(pi).variables()
                .containsEntry(VAR_FINAL_SCORE, 55.0)
                .containsEntry(VAR_PREDICATE, "Tidak Memuaskan")
                .containsEntry(VAR_PASSED, false);
        verifyNoInteractions(noticeDelegate);

        execute(job(SEND_NOT_PASSED_NOTICE, pi));

        verify(noticeDelegate).execute(any());
        assertThat(pi).isEnded().hasPassed(NOT_PASSED).hasNotPassed(ISSUE_CERTIFICATE, SIGN_CERTIFICATE, GRADUATED);
        verifyNoInteractions(signCertificateDelegate);
    }

    @Test
    void finalScoreAbove100IsSentForReviewAndTheSeminarIsScoredAgainInsteadOfAnIncident() throws Exception {
        finalScore = 150.0;
        ProcessInstance pi = runToSeminar();
        scoreSeminar(pi);

        assertSentForReviewThenGraduatesOnRescoring(pi, 150.0);
    }

    @Test
    void missingFinalScoreIsSentForReviewAndTheSeminarIsScoredAgainInsteadOfAnIncident() throws Exception {
        finalScore = null;
        ProcessInstance pi = runToSeminar();
        scoreSeminar(pi);

        assertSentForReviewThenGraduatesOnRescoring(pi, null);
    }

    @Test
    void negativeFinalScoreNeverSendsTheNotPassedNotice() throws Exception {
        finalScore = -1.0;
        ProcessInstance pi = runToSeminar();
        scoreSeminar(pi);

        assertThat(pi).hasPassed(DECIDE_GRADUATION).isWaitingAtExactly(REOPEN_SEMINAR_SCORING)
                .hasNotPassed(SEND_NOT_PASSED_NOTICE, NOT_PASSED);
        assertThat(jobQuery().processInstanceId(pi.getId()).activityId(SEND_NOT_PASSED_NOTICE).count()).isZero();
    }

    /** Whatever the table answers that is neither pass nor fail goes to review, never to the not-passed notice. */
    @Test
    void graduationGatewayDefaultsToReviewNotToTheNotPassedNotice() {
        ExclusiveGateway gateway = deployedModel().getModelElementById("graduation-decision");

        assertThat(gateway.getDefault()).isNotNull();
        assertThat(gateway.getDefault().getId()).isEqualTo(GRADUATION_NEEDS_REVIEW);
        assertThat(gateway.getDefault().getTarget().getId()).isEqualTo(REOPEN_SEMINAR_SCORING);
    }

    /** The table answered PERLU_DIPERIKSA: no incident, no pass decision, administrators told, scoring reopened. */
    private void assertSentForReviewThenGraduatesOnRescoring(ProcessInstance pi, Double badScore) throws Exception {
        assertThat(pi).hasPassed(DECIDE_GRADUATION).isWaitingAtExactly(REOPEN_SEMINAR_SCORING)
                .hasNotPassed(ISSUE_CERTIFICATE, SEND_NOT_PASSED_NOTICE);
        Map<String, Object> variables = runtimeService().getVariables(pi.getId());
        assertThat(variables).containsEntry(VAR_PREDICATE, "PERLU_DIPERIKSA").containsEntry(VAR_PASSED, null)
                .containsEntry(VAR_FINAL_SCORE, badScore);
        assertThat(runtimeService().createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();
        verifyNoInteractions(reopenScoringDelegate);

        execute(job(REOPEN_SEMINAR_SCORING, pi));

        verify(reopenScoringDelegate).execute(any());
        assertThat(pi).isWaitingAtExactly(SCORE_SEMINAR_EXAMINER, SCORE_SEMINAR_COACH, SCORE_SEMINAR_MENTOR);
        assertThat(task(SCORE_SEMINAR_EXAMINER, pi)).isAssignedTo(EXAMINER);
        assertThat(task(SCORE_SEMINAR_COACH, pi)).isAssignedTo(COACH);
        assertThat(task(SCORE_SEMINAR_MENTOR, pi)).isAssignedTo(MENTOR);

        finalScore = 85.0;
        scoreSeminar(pi);

        assertThat(pi).isWaitingAtExactly(ISSUE_CERTIFICATE);
        assertThat(runtimeService().getVariables(pi.getId())).containsEntry(VAR_PREDICATE, "Memuaskan")
                .containsEntry(VAR_PASSED, true);
        verifyNoInteractions(noticeDelegate);
    }

    @Test
    void failingNoticeIsRetriedFiveTimesAMinuteApart() throws Exception {
        finalScore = 30.0;
        doThrow(new IllegalStateException("mail server down")).when(noticeDelegate).execute(any());
        ProcessInstance pi = runToSeminar();
        scoreSeminar(pi);

        Job notice = job(SEND_NOT_PASSED_NOTICE, pi);
        Instant beforeFailure = Instant.now();
        assertThatThrownBy(() -> execute(notice)).hasMessage("mail server down");

        Job retried = managementService().createJobQuery().jobId(notice.getId()).singleResult();
        assertThat(retried.getRetries()).isEqualTo(4);
        assertThat(retried.getDuedate().toInstant())
                .isBetween(beforeFailure.plus(Duration.ofSeconds(59)), Instant.now().plus(Duration.ofSeconds(61)));
        assertThat(pi).isNotEnded().isWaitingAt(SEND_NOT_PASSED_NOTICE);
    }

    @Test
    void predicateAndPassedAreStoredOnTheProcessInstanceAfterTheRuleStep() {
        finalScore = 72.5;
        ProcessInstance pi = runToSeminar();
        scoreSeminar(pi);

        assertThat(pi).isWaitingAtExactly(ISSUE_CERTIFICATE);
        for (String name : List.of(VAR_PREDICATE, VAR_PASSED, VAR_FINAL_SCORE)) {
            VariableInstance variable = runtimeService().createVariableInstanceQuery()
                    .processInstanceIdIn(pi.getId()).variableName(name).singleResult();
            assertThat(variable).as(name).isNotNull();
            assertThat(variable.getExecutionId()).as(name + " scope").isEqualTo(pi.getId());
            assertThat(variable.getActivityInstanceId()).as(name + " scope").isEqualTo(pi.getId());
        }
        Map<String, Object> variables = runtimeService().getVariables(pi.getId());
        assertThat(variables).containsEntry(VAR_PREDICATE, "Cukup Memuaskan").containsEntry(VAR_PASSED, true);
        assertThat(variables.get(VAR_PASSED)).isInstanceOf(Boolean.class);

        // the decision result itself is never persisted (it is not serializable with Java serialization off)
        List<String> everStored = historyService().createHistoricVariableInstanceQuery()
                .processInstanceId(pi.getId()).list().stream().map(HistoricVariableInstance::getName).toList();
        assertThat(everStored).doesNotContain("decisionResult");
        assertThat(historyService().createHistoricDecisionInstanceQuery()
                .processInstanceId(pi.getId()).decisionDefinitionKey(GRADUATION_DECISION).count()).isEqualTo(1);
    }

    @Test
    void everyNotificationStepRunsInItsOwnJobWithFiveRetriesAMinuteApart() {
        BpmnModelInstance model = deployedModel();
        for (String step : List.of(REMIND_OVERDUE_MILESTONE, ESCALATE_OVERDUE_MILESTONE, SEND_NOT_PASSED_NOTICE,
                REOPEN_SEMINAR_SCORING)) {
            ServiceTask task = model.getModelElementById(step);
            assertThat(task.isCamundaAsyncBefore()).as(step + " asyncBefore").isTrue();
            CamundaFailedJobRetryTimeCycle retry = task.getExtensionElements().getElementsQuery()
                    .filterByType(CamundaFailedJobRetryTimeCycle.class).singleResult();
            assertThat(retry.getTextContent()).as(step + " retry cycle").isEqualTo("R5/PT1M");
        }
    }

    @Test
    void everyIdInActionPlanProcessExistsInTheModel() throws IllegalAccessException {
        BpmnModelInstance model = deployedModel();
        List<String> missing = new ArrayList<>();
        for (Field field : ActionPlanProcess.class.getFields()) {
            boolean constant = Modifier.isStatic(field.getModifiers()) && field.getType() == String.class;
            boolean elementId = !field.getName().startsWith("VAR_")
                    && !List.of("ADMIN_GROUP", "GRADUATION_DECISION").contains(field.getName());
            if (constant && elementId && model.getModelElementById((String) field.get(null)) == null) {
                missing.add(field.getName());
            }
        }
        assertThat(missing).isEmpty();
        BusinessRuleTask rule = model.getModelElementById(DECIDE_GRADUATION);
        assertThat(rule.getCamundaDecisionRef()).isEqualTo(GRADUATION_DECISION);
        for (String reviewTask : List.of(REVIEW_PROPOSAL_MENTOR, REVIEW_PROPOSAL_COACH, REVIEW_MILESTONE,
                REVIEW_EVALUATION, REVIEW_FINAL_REPORT_MENTOR, REVIEW_FINAL_REPORT_COACH)) {
            assertThat(decisionVariableOf(reviewTask)).as(reviewTask).isPresent();
        }
    }

    // ------------------------------------------------------------------ late reviews

    @Test
    void lateProposalReviewRemindsTheReviewerOnceThenEscalatesOnceAndStopsWhenReviewed() throws Exception {
        ProcessInstance pi = startPlan();
        complete(task(DRAFT_PROPOSAL, pi));
        Instant created = Instant.now();

        Job reminder = single(timers(pi, lateReviewReminderOf(REVIEW_PROPOSAL_MENTOR)));
        Job escalation = single(timers(pi, lateReviewEscalationOf(REVIEW_PROPOSAL_MENTOR)));
        assertThat(reminder.getDuedate().toInstant()).isBetween(created.plus(Duration.ofDays(5)).minusSeconds(5),
                Instant.now().plus(Duration.ofDays(5)).plusSeconds(5));
        assertThat(escalation.getDuedate().toInstant()).isBetween(created.plus(Duration.ofDays(10)).minusSeconds(5),
                Instant.now().plus(Duration.ofDays(10)).plusSeconds(5));

        // review-days pass: the mentor is reminded, in the timer's own job; the review stays the same open task
        String reviewTask = task(REVIEW_PROPOSAL_MENTOR, pi).getId();
        execute(reminder);
        assertThat(lateReviewReminders).containsExactly(new LateReview(REVIEW_PROPOSAL_MENTOR, MENTOR, null));
        assertThat(lateReviewEscalations).isEmpty();
        assertThat(timers(pi, lateReviewReminderOf(REVIEW_PROPOSAL_MENTOR))).isEmpty();
        assertThat(task(REVIEW_PROPOSAL_MENTOR, pi).getId()).isEqualTo(reviewTask);
        assertThat(pi).isWaitingAtExactly(REVIEW_PROPOSAL_MENTOR, REVIEW_PROPOSAL_COACH)
                .hasPassed(remindLateReviewOf(REVIEW_PROPOSAL_MENTOR));

        // twice review-days: the administrators are told, once
        execute(single(timers(pi, lateReviewEscalationOf(REVIEW_PROPOSAL_MENTOR))));
        assertThat(lateReviewEscalations).containsExactly(new LateReview(REVIEW_PROPOSAL_MENTOR, MENTOR, null));
        assertThat(timers(pi, lateReviewEscalationOf(REVIEW_PROPOSAL_MENTOR))).isEmpty();

        // the coach reviews in time: nothing for the coach, and their timers go with the task
        review(pi, REVIEW_PROPOSAL_COACH, true);
        assertThat(timers(pi, lateReviewReminderOf(REVIEW_PROPOSAL_COACH))).isEmpty();
        assertThat(timers(pi, lateReviewEscalationOf(REVIEW_PROPOSAL_COACH))).isEmpty();

        review(pi, REVIEW_PROPOSAL_MENTOR, true);
        assertInTrialWaitingAt(pi, REPORT_MILESTONE);
        assertThat(lateReviewReminders).hasSize(1);
        assertThat(lateReviewEscalations).hasSize(1);
        verify(remindLateReviewDelegate, times(1)).execute(any());
        verify(escalateLateReviewDelegate, times(1)).execute(any());
    }

    @Test
    void reviewDoneBeforeItsDeadlineLeavesNoLateReviewTimerBehind() {
        ProcessInstance pi = startPlan();
        complete(task(DRAFT_PROPOSAL, pi));
        assertThat(jobQuery().processInstanceId(pi.getId()).timers().count()).isEqualTo(4);

        review(pi, REVIEW_PROPOSAL_MENTOR, false);
        review(pi, REVIEW_PROPOSAL_COACH, true);

        assertThat(pi).isWaitingAtExactly(DRAFT_PROPOSAL);
        assertThat(jobQuery().processInstanceId(pi.getId()).count()).isZero();
        verifyNoInteractions(remindLateReviewDelegate, escalateLateReviewDelegate);
    }

    @Test
    void everyReviewOfTheModelRemindsItsReviewerThenEscalatesOnceWhileOpen() throws Exception {
        ProcessInstance pi = startPlan();
        complete(task(DRAFT_PROPOSAL, pi));
        lateThenReviewed(pi, REVIEW_PROPOSAL_MENTOR, MENTOR, null, true);
        lateThenReviewed(pi, REVIEW_PROPOSAL_COACH, COACH, null, false);
        assertThat(pi).isWaitingAtExactly(DRAFT_PROPOSAL);
        // a revised proposal is reviewed anew: a fresh task with fresh timers, reminded again if late again
        complete(task(DRAFT_PROPOSAL, pi));
        lateThenReviewed(pi, REVIEW_PROPOSAL_MENTOR, MENTOR, null, true);
        lateThenReviewed(pi, REVIEW_PROPOSAL_COACH, COACH, null, true);

        for (long milestone : List.of(FIRST_MILESTONE, SECOND_MILESTONE)) {
            complete(milestoneTask(pi, REPORT_MILESTONE, milestone));
        }
        lateThenReviewed(pi, REVIEW_MILESTONE, MENTOR, FIRST_MILESTONE, true);
        lateThenReviewed(pi, REVIEW_MILESTONE, MENTOR, SECOND_MILESTONE, true);
        assertThat(pi).isWaitingAtExactly(SUBMIT_EVALUATION);

        complete(task(SUBMIT_EVALUATION, pi));
        lateThenReviewed(pi, REVIEW_EVALUATION, MENTOR, null, true);
        complete(task(SUBMIT_FINAL_REPORT, pi));
        lateThenReviewed(pi, REVIEW_FINAL_REPORT_MENTOR, MENTOR, null, true);
        lateThenReviewed(pi, REVIEW_FINAL_REPORT_COACH, COACH, null, true);
        assertThat(pi).isWaitingAtExactly(SCORE_SEMINAR_EXAMINER, SCORE_SEMINAR_COACH, SCORE_SEMINAR_MENTOR);

        assertThat(lateReviewReminders).hasSize(9).isEqualTo(lateReviewEscalations);
        assertThat(jobQuery().processInstanceId(pi.getId()).count()).isZero();
        verifyNoInteractions(remindDelegate, escalateDelegate);
    }

    @Test
    void failingLateReviewReminderIsRetriedByItsTimerFiveTimesAMinuteApartAndSentOnce() throws Exception {
        ProcessInstance pi = startPlan();
        complete(task(DRAFT_PROPOSAL, pi));
        doThrow(new IllegalStateException("database busy")).when(remindLateReviewDelegate).execute(any());

        Job reminder = single(timers(pi, lateReviewReminderOf(REVIEW_PROPOSAL_COACH)));
        Instant beforeFailure = Instant.now();
        assertThatThrownBy(() -> execute(reminder)).hasMessage("database busy");

        Job retried = managementService().createJobQuery().jobId(reminder.getId()).singleResult();
        assertThat(retried.getRetries()).isEqualTo(4);
        assertThat(retried.getDuedate().toInstant())
                .isBetween(beforeFailure.plus(Duration.ofSeconds(59)), Instant.now().plus(Duration.ofSeconds(61)));

        // the review done meanwhile takes the pending reminder with it: nothing reaches a reviewer who has reviewed
        review(pi, REVIEW_PROPOSAL_COACH, true);
        assertThat(managementService().createJobQuery().jobId(reminder.getId()).count()).isZero();
        assertThat(lateReviewReminders).isEmpty();
    }

    @Test
    void everyReviewTaskHasItsTwoLateReviewTimersAndSteps() {
        BpmnModelInstance model = deployedModel();
        for (String reviewTask : REVIEW_TASKS) {
            for (String timerId : List.of(lateReviewReminderOf(reviewTask), lateReviewEscalationOf(reviewTask))) {
                BoundaryEvent timer = model.getModelElementById(timerId);
                assertThat(timer).as(timerId).isNotNull();
                assertThat(timer.getAttachedTo().getId()).as(timerId).isEqualTo(reviewTask);
                assertThat(timer.cancelActivity()).as(timerId + " interrupting").isFalse();
                assertThat(timer.getName()).as(timerId).startsWith("Peninjauan terlambat");
            }
            ServiceTask remind = model.getModelElementById(remindLateReviewOf(reviewTask));
            ServiceTask escalate = model.getModelElementById(escalateLateReviewOf(reviewTask));
            assertThat(remind.getCamundaDelegateExpression()).isEqualTo("${remindLateReviewDelegate}");
            assertThat(escalate.getCamundaDelegateExpression()).isEqualTo("${escalateLateReviewDelegate}");
            // in the timer's transaction: a review completed before the job runs deletes the job, so no late notice
            assertThat(remind.isCamundaAsyncBefore()).isFalse();
            assertThat(escalate.isCamundaAsyncBefore()).isFalse();
        }
        assertThat(model.getModelElementsByType(UserTask.class).stream().map(UserTask::getId)
                .filter(id -> id.startsWith("review-"))).containsExactlyInAnyOrderElementsOf(REVIEW_TASKS);
    }

    @Test
    void everyStepOfTheProcessSitsInTheLaneOfWhoActsAndEveryElementIsDrawn() {
        BpmnModelInstance model = deployedModel();
        Process process = model.getModelElementById(PROCESS_ID);
        Map<String, String> laneOf = new HashMap<>();
        for (Lane lane : model.getModelElementsByType(Lane.class)) {
            lane.getFlowNodeRefs().forEach(node -> assertThat(laneOf.put(node.getId(), lane.getName()))
                    .as(node.getId() + " in one lane only").isNull());
        }
        for (FlowNode node : process.getChildElementsByType(FlowNode.class)) {
            assertThat(laneOf).as(node.getId()).containsKey(node.getId());
        }
        for (String participantStep : List.of(DRAFT_PROPOSAL, SUBMIT_EVALUATION, SUBMIT_FINAL_REPORT)) {
            assertThat(laneOf.get(participantStep)).isEqualTo("Peserta");
        }
        assertThat(laneOf.get(REVIEW_PROPOSAL_COACH)).isEqualTo("Coach");
        assertThat(laneOf.get(SCORE_SEMINAR_EXAMINER)).isEqualTo("Penguji");
        assertThat(laneOf.get(ISSUE_CERTIFICATE)).isEqualTo("Administrator");
        for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
            assertThat(element.getDiagramElement()).as(element.getId() + " drawn").isNotNull();
        }
    }

    @Test
    void everyDecisionHasADefaultAndEveryRevisionReturnsThroughAMergingGateway() {
        BpmnModelInstance model = deployedModel();
        for (ExclusiveGateway gateway : model.getModelElementsByType(ExclusiveGateway.class)) {
            if (gateway.getOutgoing().size() > 1) {
                assertThat(gateway.getDefault()).as(gateway.getId() + " default").isNotNull();
            }
        }
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            assertThat(task.getIncoming()).as(task.getId() + " incoming").hasSize(1);
        }
        for (String merge : List.of(DRAFT_PROPOSAL_MERGE, REPORT_MILESTONE_MERGE, SUBMIT_EVALUATION_MERGE,
                SUBMIT_FINAL_REPORT_MERGE)) {
            ExclusiveGateway gateway = model.getModelElementById(merge);
            assertThat(gateway.getIncoming()).as(merge).hasSize(2);
        }
    }

    /** Fires the late-review reminder and escalation of one open review, then completes it with approval. */
    private void lateThenReviewed(ProcessInstance pi, String reviewTask, String reviewer, Long milestone, boolean approved) {
        Task task = milestone == null ? task(reviewTask, pi) : milestoneTask(pi, reviewTask, milestone);
        LateReview expected = new LateReview(reviewTask, reviewer, milestone);
        int reminded = lateReviewReminders.size();
        execute(timerOf(pi, lateReviewReminderOf(reviewTask), task));
        execute(timerOf(pi, lateReviewEscalationOf(reviewTask), task));
        assertThat(lateReviewReminders).hasSize(reminded + 1).last().isEqualTo(expected);
        assertThat(lateReviewEscalations).last().isEqualTo(expected);
        complete(task, withVariables(decisionVariableOf(reviewTask).orElseThrow(), approved));
        assertThat(jobQuery().processInstanceId(pi.getId()).timers().activityId(lateReviewReminderOf(reviewTask))
                .list()).noneMatch(j -> j.getExecutionId().equals(task.getExecutionId()));
    }

    /** The timer of that activity on this very task: several review tasks of one kind may be open at once. */
    private static Job timerOf(ProcessInstance pi, String timerId, Task task) {
        return single(timers(pi, timerId).stream().filter(j -> j.getExecutionId().equals(task.getExecutionId())).toList());
    }

    /** What a late-review step was given: the review task, the reviewer and the milestone, if any. */
    record LateReview(String reviewTask, String reviewer, Long milestoneId) {
        static LateReview of(DelegateExecution execution) {
            return new LateReview((String) execution.getVariable(VAR_REVIEW_TASK), (String) execution.getVariable(VAR_REVIEWER),
                    milestoneIdOf(execution));
        }
    }

    // ------------------------------------------------------------------ steps

    private static BpmnModelInstance deployedModel() {
        return repositoryService().getBpmnModelInstance(repositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(PROCESS_ID).singleResult().getId());
    }

    private ProcessInstance startPlan() {
        return runtimeService().startProcessInstanceByKey(PROCESS_ID, withVariables(
                VAR_ACTION_PLAN_ID, ACTION_PLAN_ID,
                VAR_PARTICIPANT, PARTICIPANT,
                VAR_MENTOR, MENTOR,
                VAR_COACH, COACH,
                VAR_EXAMINER, EXAMINER));
    }

    private ProcessInstance runToSeminar() {
        ProcessInstance pi = startPlan();
        approveProposal(pi);
        passTrial(pi);
        passEvaluation(pi);
        complete(task(SUBMIT_FINAL_REPORT, pi));
        review(pi, REVIEW_FINAL_REPORT_MENTOR, true);
        review(pi, REVIEW_FINAL_REPORT_COACH, true);
        return pi;
    }

    private void approveProposal(ProcessInstance pi) {
        complete(task(DRAFT_PROPOSAL, pi));
        review(pi, REVIEW_PROPOSAL_MENTOR, true);
        review(pi, REVIEW_PROPOSAL_COACH, true);
        assertThat(pi).isWaitingAt(REPORT_MILESTONE);
    }

    private void passTrial(ProcessInstance pi) {
        for (Long milestone : reportTaskMilestoneIds(pi)) {
            complete(milestoneTask(pi, REPORT_MILESTONE, milestone));
            reviewMilestone(pi, milestone, true);
        }
        assertThat(pi).isWaitingAtExactly(SUBMIT_EVALUATION);
    }

    private void passEvaluation(ProcessInstance pi) {
        complete(task(SUBMIT_EVALUATION, pi));
        review(pi, REVIEW_EVALUATION, true);
    }

    private void scoreSeminar(ProcessInstance pi) {
        complete(task(SCORE_SEMINAR_EXAMINER, pi));
        complete(task(SCORE_SEMINAR_COACH, pi));
        complete(task(SCORE_SEMINAR_MENTOR, pi));
    }

    /** Completes a review task, recording its decision in the variable the gateway reads. */
    private void review(ProcessInstance pi, String taskKey, boolean approved) {
        complete(task(taskKey, pi), withVariables(decisionVariableOf(taskKey).orElseThrow(), approved));
    }

    private void reviewMilestone(ProcessInstance pi, long milestone, boolean approved) {
        complete(milestoneTask(pi, REVIEW_MILESTONE, milestone),
                withVariables(decisionVariableOf(REVIEW_MILESTONE).orElseThrow(), approved));
    }

    /** The task of one trial instance: several instances run side by side, told apart by milestoneId. */
    private Task milestoneTask(ProcessInstance pi, String taskKey, long milestone) {
        List<Task> matching = taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskKey).list().stream()
                .filter(t -> Long.valueOf(milestone).equals(taskService().getVariable(t.getId(), VAR_MILESTONE_ID)))
                .toList();
        assertThat(matching).as(taskKey + " for milestone " + milestone).hasSize(1);
        return matching.get(0);
    }

    private List<Long> reportTaskMilestoneIds(ProcessInstance pi) {
        return taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(REPORT_MILESTONE).list().stream()
                .map(t -> (Long) taskService().getVariable(t.getId(), VAR_MILESTONE_ID))
                .toList();
    }

    /**
     * While the trial runs, the multi-instance body and each sub-process instance count as active activities
     * besides the tasks themselves.
     */
    private static void assertInTrialWaitingAt(ProcessInstance pi, String... tasks) {
        List<String> expected = new ArrayList<>(List.of(TRIAL_MILESTONE + BpmnParse.MULTI_INSTANCE_BODY_ID_SUFFIX,
                TRIAL_MILESTONE));
        expected.addAll(List.of(tasks));
        assertThat(pi).isWaitingAtExactly(expected.toArray(String[]::new));
    }

    private static List<Job> timers(ProcessInstance pi, String boundaryEventId) {
        return jobQuery().processInstanceId(pi.getId()).timers().activityId(boundaryEventId).list();
    }

    private static Job single(List<Job> jobs) {
        assertThat(jobs).hasSize(1);
        return jobs.get(0);
    }

    private static Long milestoneIdOf(DelegateExecution execution) {
        return (Long) execution.getVariable(VAR_MILESTONE_ID);
    }

    /**
     * Stands in for the {@code actionPlanDueDates} bean: a milestone report is due with its milestone,
     * every other task on a date of its own.
     */
    public class FakeDueDates {
        private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        public Date of(DelegateExecution execution) {
            String taskKey = execution.getCurrentActivityId();
            return REPORT_MILESTONE.equals(taskKey) ? milestones.dueDateOf(milestoneIdOf(execution)) : of(taskKey);
        }

        Date of(String taskKey) {
            return Date.from(now.plus(Duration.ofDays(3)).plusSeconds(Math.abs(taskKey.hashCode() % 1000)));
        }

        public String lateReviewReminder() {
            return "P5D";
        }

        public String lateReviewEscalation() {
            return "P10D";
        }
    }

    /** Stands in for the {@code actionPlanMilestones} bean: milestone ids and their due/escalation dates. */
    public static class FakeMilestones {
        private final List<Long> ids;
        private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        final List<Long> idsRequestedFor = new ArrayList<>();

        FakeMilestones(List<Long> ids) {
            this.ids = ids;
        }

        public List<Long> idsOf(Long actionPlanId) {
            idsRequestedFor.add(actionPlanId);
            return ids;
        }

        public Date dueDateOf(Long milestoneId) {
            return Date.from(now.plus(Duration.ofDays(7)).plusSeconds(milestoneId));
        }

        public Date escalationDateOf(Long milestoneId) {
            return Date.from(now.plus(Duration.ofDays(14)).plusSeconds(milestoneId));
        }

        @Override
        public String toString() {
            return "FakeMilestones" + Arrays.toString(ids.toArray());
        }
    }
}
