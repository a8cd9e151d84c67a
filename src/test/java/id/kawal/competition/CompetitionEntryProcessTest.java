package id.kawal.competition;

import static org.mockito.Mockito.times;
import static id.kawal.competition.CompetitionProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricDecisionInputInstance;
import org.camunda.bpm.engine.history.HistoricDecisionInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.runtime.ActivityInstance;
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
import org.camunda.bpm.model.bpmn.instance.Collaboration;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.IntermediateCatchEvent;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.MultiInstanceLoopCharacteristics;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Walks every path of {@code processes/competition-entry.bpmn} on an in-memory engine (see camunda.cfg.xml), with
 * the real eligibility table {@code processes/competition-eligibility.dmn}. The facts, jury and schedule beans and
 * the delegates are stand-ins registered with {@link Mocks}; messages are correlated on {@code entryId} as the
 * competition's delegates do; timers and async steps are driven by executing their jobs, never by waiting.
 */
@Deployment(resources = {"processes/competition-entry.bpmn", "processes/competition-eligibility.dmn"})
public class CompetitionEntryProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("camunda.cfg.xml")
            .build();

    private static final long COMPETITION_ID = 7L;
    private static final long ENTRY_ID = 301L;
    private static final String OPD_OFFICER = "opd.dinkes.rina";
    private static final String ADMIN_GROUP = "admin";
    private static final List<String> JURORS = List.of("juri.ahmad", "juri.bunga", "juri.citra");
    private static final String STAND_IN_JUROR = "juri.dewi";
    /** The inputs of the eligibility table, filled from entryFacts into the rule task's own scope only. */
    private static final List<String> ELIGIBILITY_FACTS = List.of("implementedOn", "windowStart", "windowEnd",
            "missingDocuments", "opdEntryNumber", "entryLimit");

    private FakeEntryFacts facts;
    private FakeJury jury;
    private FakeSchedule schedule;
    private FakeLateJurors lateJurors;
    private JavaDelegate lapseEntryDelegate;
    private JavaDelegate rejectEntryDelegate;
    private JavaDelegate remindLateJurorDelegate;
    private JavaDelegate computeEntryScoreDelegate;
    /** What the reminder could see when it ran: the entry, and the juror variable if it leaked into its scope. */
    private final List<Map<String, Object>> reminders = new ArrayList<>();

    @BeforeEach
    void registerStandIns() throws Exception {
        BpmnAwareTests.init(engine.getProcessEngine());

        facts = new FakeEntryFacts();
        Mocks.register("entryFacts", facts);
        jury = new FakeJury(JURORS);
        Mocks.register("entryJury", jury);
        schedule = new FakeSchedule();
        Mocks.register("competitionSchedule", schedule);
        lateJurors = new FakeLateJurors();
        Mocks.register("lateJurors", lateJurors);

        lapseEntryDelegate = mock(JavaDelegate.class);
        Mocks.register("lapseEntryDelegate", lapseEntryDelegate);
        rejectEntryDelegate = mock(JavaDelegate.class);
        Mocks.register("rejectEntryDelegate", rejectEntryDelegate);
        computeEntryScoreDelegate = mock(JavaDelegate.class);
        Mocks.register("computeEntryScoreDelegate", computeEntryScoreDelegate);

        remindLateJurorDelegate = mock(JavaDelegate.class);
        doAnswer(call -> {
            DelegateExecution execution = call.getArgument(0);
            Map<String, Object> seen = new HashMap<>();
            seen.put(VAR_ENTRY_ID, execution.getVariable(VAR_ENTRY_ID));
            seen.put(VAR_JUROR, execution.getVariable(VAR_JUROR));
            reminders.add(seen);
            return null;
        }).when(remindLateJurorDelegate).execute(any());
        Mocks.register("remindLateJurorDelegate", remindLateJurorDelegate);
    }

    @AfterEach
    void forgetStandIns() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    // ------------------------------------------------------------------ eligible entries

    @Test
    void eligibleEntryScoredByThreeJurorsAndShortlistedFinishesAsFinalist() throws Exception {
        ProcessInstance pi = submitEntry();

        // the table's suggestion is on the instance before the administrator opens the desk review
        assertThat(pi).hasPassed(CHECK_ELIGIBILITY).isWaitingAtExactly(DESK_REVIEW);
        assertThat(pi).variables()
                .containsEntry(VAR_ELIGIBILITY, ELIGIBLE)
                .containsEntry(VAR_ELIGIBILITY_REASON, "eligibility.reason.eligible");
        assertThat(task(DESK_REVIEW, pi)).isNotAssigned().hasCandidateGroup(ADMIN_GROUP);
        decideDeskReview(pi, ELIGIBLE);

        // eligible entries wait for the competition to open the scoring round
        assertThat(pi).isWaitingAtExactly(AWAIT_SCORING);
        assertThat(scoringTasks(pi)).isEmpty();
        openScoring(ENTRY_ID);

        // one scoring task per juror, each in its own instance with its own juror, all open side by side
        assertScoring(pi);
        assertThat(scoringTasks(pi)).extracting(Task::getAssignee).containsExactlyInAnyOrderElementsOf(JURORS);
        for (Task scoring : scoringTasks(pi)) {
            assertThat(taskService().getVariable(scoring.getId(), VAR_JUROR)).isEqualTo(scoring.getAssignee());
        }
        assertThat(jury.jurorsRequestedFor).isNotEmpty().containsOnly(ENTRY_ID);
        Job deadline = single(timers(pi, SCORING_DUE));
        assertThat(deadline.getDuedate().toInstant())
                .isEqualTo(schedule.scoringDeadline(COMPETITION_ID).toInstant());

        scoreBy(pi, JURORS.get(0));
        scoreBy(pi, JURORS.get(1));
        assertScoring(pi);
        verifyNoInteractions(computeEntryScoreDelegate);
        scoreBy(pi, JURORS.get(2));

        // the last score completes the round: the deadline is cancelled and the entry's score computed once
        verify(computeEntryScoreDelegate).execute(any());
        assertThat(pi).hasPassedInOrder(SCORE_ENTRY, COMPUTE_ENTRY_SCORE).isWaitingAtExactly(AWAIT_SHORTLIST);
        assertThat(jobQuery().processInstanceId(pi.getId()).count()).isZero();

        decideShortlist(ENTRY_ID, true);
        assertThat(pi).isWaitingAtExactly(AWAIT_RESULTS);
        assertThat(pi).variables().containsEntry(VAR_SHORTLISTED, true);

        publishResults(ENTRY_ID);
        assertThat(pi).isEnded().hasPassed(ENTRY_FINISHED)
                .hasNotPassed(ENTRY_NOT_SHORTLISTED, AWAIT_RESULTS_NOT_SHORTLISTED, COMPLETE_DOCUMENTS, REJECT_ENTRY,
                        SCORING_DUE, REMIND_LATE_JUROR, HANDLE_LATE_JUROR);
        verifyNoInteractions(lapseEntryDelegate, rejectEntryDelegate, remindLateJurorDelegate);
    }

    @Test
    void entryNotShortlistedWaitsForTheResultsAndEndsAsNotShortlisted() {
        ProcessInstance pi = runToShortlist();

        decideShortlist(ENTRY_ID, false);

        assertThat(pi).isWaitingAtExactly(AWAIT_RESULTS_NOT_SHORTLISTED);
        assertThat(pi).variables().containsEntry(VAR_SHORTLISTED, false);
        publishResults(ENTRY_ID);
        assertThat(pi).isEnded().hasPassed(AWAIT_RESULTS_NOT_SHORTLISTED, ENTRY_NOT_SHORTLISTED)
                .hasNotPassed(AWAIT_RESULTS, ENTRY_FINISHED);
    }

    @Test
    void messagesReachOnlyTheEntryTheyAreCorrelatedWith() {
        ProcessInstance first = submitEntry();
        decideDeskReview(first, ELIGIBLE);
        ProcessInstance second = runtimeService().startProcessInstanceByKey(ENTRY_PROCESS_ID, withVariables(
                VAR_ENTRY_ID, ENTRY_ID + 1, VAR_COMPETITION_ID, COMPETITION_ID, VAR_OPD_OFFICER, OPD_OFFICER));
        decideDeskReview(second, ELIGIBLE);

        openScoring(ENTRY_ID + 1);

        assertThat(first).isWaitingAtExactly(AWAIT_SCORING);
        assertScoring(second);
    }

    // ------------------------------------------------------------------ incomplete entries

    @Test
    void incompleteEntryGoesBackToTheOpdAndIsCheckedAgainOnceCompleted() {
        facts.missingDocuments = 2;
        ProcessInstance pi = submitEntry();
        assertThat(pi).variables()
                .containsEntry(VAR_ELIGIBILITY, INCOMPLETE)
                .containsEntry(VAR_ELIGIBILITY_REASON, "eligibility.reason.documents-missing");

        decideDeskReview(pi, INCOMPLETE);

        assertThat(pi).isWaitingAtExactly(COMPLETE_DOCUMENTS);
        assertThat(task(COMPLETE_DOCUMENTS, pi)).isAssignedTo(OPD_OFFICER);
        Job deadline = single(timers(pi, COMPLETION_DEADLINE));
        assertThat(deadline.getDuedate().toInstant()).isEqualTo(schedule.completionDeadline(ENTRY_ID).toInstant());

        // the OPD uploads the documents; the table runs again on the new facts
        facts.missingDocuments = 0;
        complete(task(COMPLETE_DOCUMENTS, pi));

        assertThat(pi).isWaitingAtExactly(DESK_REVIEW);
        assertThat(jobQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(pi).variables()
                .containsEntry(VAR_ELIGIBILITY, ELIGIBLE)
                .containsEntry(VAR_ELIGIBILITY_REASON, "eligibility.reason.eligible");
        assertThat(historyService().createHistoricDecisionInstanceQuery().processInstanceId(pi.getId())
                .decisionDefinitionKey(ELIGIBILITY_DECISION).count()).isEqualTo(2);

        decideDeskReview(pi, ELIGIBLE);
        assertThat(pi).isWaitingAtExactly(AWAIT_SCORING);
        verifyNoInteractions(lapseEntryDelegate, rejectEntryDelegate);
    }

    @Test
    void incompleteEntryLapsesWhenTheCompletionDeadlinePasses() throws Exception {
        facts.missingDocuments = 1;
        ProcessInstance pi = submitEntry();
        decideDeskReview(pi, INCOMPLETE);
        assertThat(pi).isWaitingAtExactly(COMPLETE_DOCUMENTS);

        execute(single(timers(pi, COMPLETION_DEADLINE)));

        verify(lapseEntryDelegate).execute(any());
        assertThat(pi).isEnded().hasPassedInOrder(COMPLETION_DEADLINE, LAPSE_ENTRY, ENTRY_LAPSED)
                .hasNotPassed(AWAIT_SCORING, ENTRY_INELIGIBLE);
        // the deadline interrupts: the OPD's task is gone
        assertThat(taskQuery().processInstanceId(pi.getId()).count()).isZero();
        verifyNoInteractions(rejectEntryDelegate);
    }

    // ------------------------------------------------------------------ ineligible entries

    @Test
    void ineligibleEntryIsRejected() throws Exception {
        facts.implementedOn = "2018-12-31";
        ProcessInstance pi = submitEntry();
        assertThat(pi).variables()
                .containsEntry(VAR_ELIGIBILITY, INELIGIBLE)
                .containsEntry(VAR_ELIGIBILITY_REASON, "eligibility.reason.outside-window");

        decideDeskReview(pi, INELIGIBLE);

        verify(rejectEntryDelegate).execute(any());
        assertThat(pi).isEnded().hasPassedInOrder(DESK_REVIEW, REJECT_ENTRY, ENTRY_INELIGIBLE)
                .hasNotPassed(COMPLETE_DOCUMENTS, AWAIT_SCORING);
        verifyNoInteractions(lapseEntryDelegate);
    }

    @Test
    void entryOverTheOpdLimitIsSuggestedIneligible() {
        facts.opdEntryNumber = 3;
        facts.entryLimit = 2;

        ProcessInstance pi = submitEntry();

        assertThat(pi).isWaitingAtExactly(DESK_REVIEW).variables()
                .containsEntry(VAR_ELIGIBILITY, INELIGIBLE)
                .containsEntry(VAR_ELIGIBILITY_REASON, "eligibility.reason.over-entry-limit");
    }

    @Test
    void entryLimitZeroLetsAnyNumberOfTheOpdsEntriesThrough() {
        facts.opdEntryNumber = 7;
        facts.entryLimit = 0;

        ProcessInstance pi = submitEntry();

        assertThat(pi).isWaitingAtExactly(DESK_REVIEW).variables()
                .containsEntry(VAR_ELIGIBILITY, ELIGIBLE)
                .containsEntry(VAR_ELIGIBILITY_REASON, "eligibility.reason.eligible");
    }

    @Test
    void administratorDecidesEvenAgainstTheTablesSuggestion() throws Exception {
        facts.opdEntryNumber = 3;
        facts.entryLimit = 2;
        ProcessInstance pi = submitEntry();

        decideDeskReview(pi, ELIGIBLE);

        assertThat(pi).isWaitingAtExactly(AWAIT_SCORING);
        assertThat(pi).variables().containsEntry(VAR_ELIGIBILITY, INELIGIBLE).containsEntry(VAR_DESK_DECISION, ELIGIBLE);
        verifyNoInteractions(rejectEntryDelegate);
    }

    @Test
    void deskReviewWithoutAKnownDecisionGoesBackToTheTableAndTheDesk() {
        ProcessInstance pi = submitEntry();
        String reviewTask = task(DESK_REVIEW, pi).getId();

        // the gateway's default flow: no decision the model knows rejects, sends back or scores an entry
        decideDeskReview(pi, "MAYBE");

        assertThat(pi).isWaitingAtExactly(DESK_REVIEW);
        assertThat(task(DESK_REVIEW, pi).getId()).isNotEqualTo(reviewTask);
        assertThat(historyService().createHistoricDecisionInstanceQuery().processInstanceId(pi.getId())
                .decisionDefinitionKey(ELIGIBILITY_DECISION).count()).isEqualTo(2);
        assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
                .activityId(ELIGIBILITY_CHECK_JOIN).count()).isEqualTo(2);
        verifyNoInteractions(lapseEntryDelegate, rejectEntryDelegate);
    }


    // ------------------------------------------------------------------ eligibility facts and result

    @Test
    void eligibilityResultIsStoredButItsInputFactsStayInTheRuleStep() {
        ProcessInstance pi = submitEntry();

        // what the instance keeps: ids, the officer, and the table's suggestion with its reason
        assertThat(runtimeService().getVariables(pi.getId())).containsOnlyKeys(VAR_ENTRY_ID, VAR_COMPETITION_ID,
                VAR_OPD_OFFICER, VAR_ELIGIBILITY, VAR_ELIGIBILITY_REASON);
        for (String name : List.of(VAR_ELIGIBILITY, VAR_ELIGIBILITY_REASON)) {
            VariableInstance variable = runtimeService().createVariableInstanceQuery()
                    .processInstanceIdIn(pi.getId()).variableName(name).singleResult();
            assertThat(variable.getActivityInstanceId()).as(name + " scope").isEqualTo(pi.getId());
            assertThat(variable.getValue()).as(name).isInstanceOf(String.class);
        }

        // the facts were local variables of the rule task's activity instance, gone when it ended
        List<HistoricVariableInstance> everStored = historyService().createHistoricVariableInstanceQuery()
                .processInstanceId(pi.getId()).list();
        assertThat(everStored).extracting(HistoricVariableInstance::getName)
                .doesNotContain("decisionResult")
                .containsAll(ELIGIBILITY_FACTS);
        String ruleStep = historyService().createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
                .activityId(CHECK_ELIGIBILITY).singleResult().getId();
        assertThat(everStored).filteredOn(v -> ELIGIBILITY_FACTS.contains(v.getName()))
                .allSatisfy(v -> assertThat(v.getActivityInstanceId()).as(v.getName()).isEqualTo(ruleStep));

        // the table read what entryFacts told it
        assertThat(facts.factsRequestedFor).isNotEmpty().containsOnly(ENTRY_ID);
        HistoricDecisionInstance decision = historyService().createHistoricDecisionInstanceQuery()
                .processInstanceId(pi.getId()).decisionDefinitionKey(ELIGIBILITY_DECISION).includeInputs()
                .singleResult();
        assertThat(decision.getInputs()).extracting(HistoricDecisionInputInstance::getClauseName,
                        HistoricDecisionInputInstance::getValue)
                .containsExactlyInAnyOrder(
                        tuple("Implementasi dalam jendela kelayakan", true),
                        tuple("Batas entri per OPD (0 atau kosong: tanpa batas)", 2),
                        tuple("Urutan entri ini di antara entri OPD-nya (1, 2, ...)", 1),
                        tuple("Urutan entri melebihi batas entri per OPD", false),
                        tuple("Jumlah dokumen wajib yang belum diunggah", 0));
    }

    @Test
    void implementationOnTheLastDayOfTheWindowIsEligible() {
        facts.implementedOn = facts.windowEnd;

        ProcessInstance pi = submitEntry();

        assertThat(pi).variables().containsEntry(VAR_ELIGIBILITY, ELIGIBLE);
    }

    // ------------------------------------------------------------------ late jurors

    @Test
    void lateJurorIsRemindedOnceAndTheAdministratorReassignsTheScoring() throws Exception {
        ProcessInstance pi = runToScoring();
        scoreBy(pi, JURORS.get(0));
        scoreBy(pi, JURORS.get(1));
        Task late = scoringTaskOf(pi, JURORS.get(2));

        // the deadline passes: the timer is non-interrupting, so the late juror's task stays open as it was
        execute(single(timers(pi, SCORING_DUE)));
        assertThat(scoringTasks(pi)).extracting(Task::getId).containsExactly(late.getId());
        assertThat(timers(pi, SCORING_DUE)).isEmpty();

        // the reminder is queued as its own job (asyncBefore), then sent once for the entry
        verifyNoInteractions(remindLateJurorDelegate);
        execute(job(REMIND_LATE_JUROR, pi));
        verify(remindLateJurorDelegate).execute(any());
        assertThat(reminders).hasSize(1);
        assertThat(reminders.get(0)).containsEntry(VAR_ENTRY_ID, ENTRY_ID);

        // the administrator follows up while the scoring is still open
        assertThat(pi).isWaitingAtExactly(SCORE_ENTRY + BpmnParse.MULTI_INSTANCE_BODY_ID_SUFFIX, SCORE_ENTRY,
                HANDLE_LATE_JUROR);
        assertThat(task(HANDLE_LATE_JUROR, pi)).isNotAssigned().hasCandidateGroup(ADMIN_GROUP);
        taskService().setAssignee(late.getId(), STAND_IN_JUROR);
        followUp(pi, LateJurorAction.REASSIGN);
        assertThat(pi).hasPassedInOrder(HANDLE_LATE_JUROR, LATE_JUROR_DECISION, LATE_JUROR_HANDLED)
                .hasNotPassed(EXTENDED_SCORING_DUE);
        assertThat(jobQuery().processInstanceId(pi.getId()).count()).isZero();

        // the stand-in scores in the late juror's place and the entry goes on
        assertThat(scoringTaskOf(pi, STAND_IN_JUROR).getId()).isEqualTo(late.getId());
        complete(scoringTaskOf(pi, STAND_IN_JUROR));

        verify(computeEntryScoreDelegate).execute(any());
        assertThat(pi).isWaitingAtExactly(AWAIT_SHORTLIST);
        decideShortlist(ENTRY_ID, true);
        publishResults(ENTRY_ID);
        assertThat(pi).isEnded().hasPassed(ENTRY_FINISHED, LATE_JUROR_HANDLED);
    }

    @Test
    void scoringDeadlineIsOneTimerOnTheWholeJuryNotOnePerJuror() throws Exception {
        jury = new FakeJury(List.of("juri.1", "juri.2", "juri.3", "juri.4", "juri.5"));
        Mocks.register("entryJury", jury);
        ProcessInstance pi = runToScoring();
        List<String> openTasks = scoringTasks(pi).stream().map(Task::getId).toList();
        assertThat(openTasks).hasSize(5);

        // Camunda attaches a boundary event of a multi-instance activity to its multi-instance body
        assertThat(single(timers(pi, SCORING_DUE)).getExecutionId()).isEqualTo(multiInstanceBodyExecution(pi));

        execute(single(timers(pi, SCORING_DUE)));
        execute(job(REMIND_LATE_JUROR, pi));

        verify(remindLateJurorDelegate).execute(any());
        assertThat(taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(HANDLE_LATE_JUROR).count()).isOne();
        // the reminder runs outside the jurors' instances: it must look the open scoring tasks up itself
        assertThat(reminders.get(0)).containsEntry(VAR_JUROR, null);
        assertThat(scoringTasks(pi)).extracting(Task::getId).containsExactlyInAnyOrderElementsOf(openTasks);
        assertThat(jobQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    @Test
    void scoringFinishedBeforeTheAdministratorFollowsUpLeavesOnlyTheFollowUpOpen() throws Exception {
        ProcessInstance pi = runToScoring();
        execute(single(timers(pi, SCORING_DUE)));
        execute(job(REMIND_LATE_JUROR, pi));

        JURORS.forEach(juror -> scoreBy(pi, juror));

        // the entry moves on; the follow-up task is a token of its own and ends the instance's late branch later
        verify(computeEntryScoreDelegate).execute(any());
        assertThat(pi).isWaitingAtExactly(HANDLE_LATE_JUROR, AWAIT_SHORTLIST);
        followUp(pi, LateJurorAction.CLOSE);
        decideShortlist(ENTRY_ID, false);
        publishResults(ENTRY_ID);
        assertThat(pi).isEnded().hasPassed(LATE_JUROR_HANDLED, ENTRY_NOT_SHORTLISTED);
    }

    @Test
    void extendedDeadlinePassingRemindsTheLateJurorAgainAndTheAdministratorThenReassigns() throws Exception {
        ProcessInstance pi = runToScoring();
        scoreBy(pi, JURORS.get(0));
        scoreBy(pi, JURORS.get(1));
        Task late = scoringTaskOf(pi, JURORS.get(2));
        execute(single(timers(pi, SCORING_DUE)));
        execute(job(REMIND_LATE_JUROR, pi));

        followUp(pi, LateJurorAction.EXTEND);

        // one timer on the new date, while the late juror's task stays open as it was
        assertThat(pi).hasPassed(LATE_JUROR_DECISION).isWaitingAtExactly(
                SCORE_ENTRY + BpmnParse.MULTI_INSTANCE_BODY_ID_SUFFIX, SCORE_ENTRY, EXTENDED_SCORING_DUE);
        Job extended = single(timers(pi, EXTENDED_SCORING_DUE));
        assertThat(extended.getDuedate().toInstant()).isEqualTo(schedule.extendedScoringDeadline(ENTRY_ID).toInstant());
        assertThat(scoringTasks(pi)).extracting(Task::getId).containsExactly(late.getId());

        // the new deadline passes with the juror still late: reminded again, and the administrator follows up again
        lateJurors.late = true;
        execute(extended);
        assertThat(lateJurors.askedFor).containsExactly(ENTRY_ID);
        assertThat(timers(pi, EXTENDED_SCORING_DUE)).isEmpty();
        execute(job(REMIND_LATE_JUROR, pi));
        verify(remindLateJurorDelegate, times(2)).execute(any());
        assertThat(reminders).extracting(r -> r.get(VAR_ENTRY_ID)).containsExactly(ENTRY_ID, ENTRY_ID);
        assertThat(pi).isWaitingAtExactly(SCORE_ENTRY + BpmnParse.MULTI_INSTANCE_BODY_ID_SUFFIX, SCORE_ENTRY,
                HANDLE_LATE_JUROR);
        assertThat(task(HANDLE_LATE_JUROR, pi)).isNotAssigned().hasCandidateGroup(ADMIN_GROUP);

        // this time the administrator hands the scoring over; nothing of the late branch waits any more
        taskService().setAssignee(late.getId(), STAND_IN_JUROR);
        followUp(pi, LateJurorAction.REASSIGN);
        assertThat(jobQuery().processInstanceId(pi.getId()).count()).isZero();
        scoreBy(pi, STAND_IN_JUROR);
        verify(computeEntryScoreDelegate).execute(any());
        decideShortlist(ENTRY_ID, true);
        publishResults(ENTRY_ID);
        assertThat(pi).isEnded().hasPassed(STILL_LATE_DECISION, LATE_JUROR_HANDLED).hasNotPassed(LATE_JURORS_CAUGHT_UP);
        assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
                .activityId(HANDLE_LATE_JUROR).count()).isEqualTo(2);
        assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
                .activityId(EXTENDED_SCORING_DUE).count()).isOne();
    }

    @Test
    void jurorsWhoScoreBeforeTheExtendedDeadlineAreNotRemindedAgain() throws Exception {
        ProcessInstance pi = runToScoring();
        execute(single(timers(pi, SCORING_DUE)));
        execute(job(REMIND_LATE_JUROR, pi));
        followUp(pi, LateJurorAction.EXTEND);

        JURORS.forEach(juror -> scoreBy(pi, juror));
        verify(computeEntryScoreDelegate).execute(any());
        assertThat(pi).isWaitingAtExactly(EXTENDED_SCORING_DUE, AWAIT_SHORTLIST);

        lateJurors.late = false;
        execute(single(timers(pi, EXTENDED_SCORING_DUE)));

        assertThat(pi).hasPassedInOrder(EXTENDED_SCORING_DUE, STILL_LATE_DECISION, LATE_JURORS_CAUGHT_UP)
                .isWaitingAtExactly(AWAIT_SHORTLIST);
        assertThat(jobQuery().processInstanceId(pi.getId()).count()).isZero();
        verify(remindLateJurorDelegate).execute(any());
        decideShortlist(ENTRY_ID, false);
        publishResults(ENTRY_ID);
        assertThat(pi).isEnded();
    }

    @Test
    void scoringOnTimeNeverRemindsAnyone() throws Exception {
        ProcessInstance pi = runToScoring();

        JURORS.forEach(juror -> scoreBy(pi, juror));

        assertThat(pi).isWaitingAtExactly(AWAIT_SHORTLIST).hasNotPassed(SCORING_DUE, REMIND_LATE_JUROR);
        assertThat(jobQuery().processInstanceId(pi.getId()).count()).isZero();
        verify(remindLateJurorDelegate, never()).execute(any());
    }

    // ------------------------------------------------------------------ model

    @Test
    void modelWiresTheRuleStepTimersMessagesAndJury() {
        BpmnModelInstance model = deployedModel();

        BusinessRuleTask rule = model.getModelElementById(CHECK_ELIGIBILITY);
        assertThat(rule.getCamundaDecisionRef()).isEqualTo(ELIGIBILITY_DECISION);
        assertThat(rule.getCamundaMapDecisionResult()).isEqualTo("singleResult");
        assertThat(rule.getCamundaResultVariable()).isNull();
        CamundaInputOutput io = rule.getExtensionElements().getElementsQuery().filterByType(CamundaInputOutput.class)
                .singleResult();
        assertThat(io.getCamundaInputParameters()).extracting(CamundaInputParameter::getCamundaName)
                .containsExactlyInAnyOrderElementsOf(ELIGIBILITY_FACTS);

        BoundaryEvent completionDeadline = model.getModelElementById(COMPLETION_DEADLINE);
        assertThat(completionDeadline.cancelActivity()).isTrue();
        assertThat(completionDeadline.getAttachedTo().getId()).isEqualTo(COMPLETE_DOCUMENTS);
        BoundaryEvent scoringDue = model.getModelElementById(SCORING_DUE);
        assertThat(scoringDue.cancelActivity()).isFalse();
        assertThat(scoringDue.getAttachedTo().getId()).isEqualTo(SCORE_ENTRY);

        UserTask scoring = model.getModelElementById(SCORE_ENTRY);
        MultiInstanceLoopCharacteristics loop = (MultiInstanceLoopCharacteristics) scoring.getLoopCharacteristics();
        assertThat(loop.isSequential()).isFalse();
        assertThat(loop.getCamundaElementVariable()).isEqualTo(VAR_JUROR);
        assertThat(scoring.getCamundaAssignee()).isEqualTo("${" + VAR_JUROR + "}");

        // every decision has a default: an unknown desk decision goes round again, no shortlist flag is not shortlisted,
        // and a follow-up that does not extend ends the late branch
        assertThat(defaultOf(model, DESK_DECISION)).isEqualTo(ELIGIBILITY_CHECK_JOIN);
        assertThat(((ExclusiveGateway) model.getModelElementById(DESK_DECISION)).getDefault().getId())
                .isEqualTo(DESK_UNDECIDED);
        assertThat(defaultOf(model, SHORTLIST_DECISION)).isEqualTo(AWAIT_RESULTS_NOT_SHORTLISTED);
        assertThat(defaultOf(model, LATE_JUROR_DECISION)).isEqualTo(LATE_JUROR_HANDLED);
        assertThat(defaultOf(model, STILL_LATE_DECISION)).isEqualTo(LATE_JURORS_CAUGHT_UP);
        IntermediateCatchEvent extended = model.getModelElementById(EXTENDED_SCORING_DUE);
        assertThat(((TimerEventDefinition) extended.getEventDefinitions().iterator().next()).getTimeDate()
                .getTextContent()).isEqualTo("${competitionSchedule.extendedScoringDeadline(entryId)}");

        // the diagram shows who sends the messages the catch events wait for: the competition's pool
        Collaboration collaboration = model.getModelElementById(ENTRY_COLLABORATION);
        assertThat(collaboration.getMessageFlows()).allSatisfy(
                flow -> assertThat(flow.getSource().getId()).isEqualTo(COMPETITION_PARTICIPANT));
        assertThat(collaboration.getMessageFlows()).extracting(flow -> flow.getTarget().getId())
                .containsExactlyInAnyOrder(AWAIT_SCORING, AWAIT_SHORTLIST, AWAIT_RESULTS, AWAIT_RESULTS_NOT_SHORTLISTED);
        assertThat(collaboration.getMessageFlows()).allSatisfy(flow -> assertThat(flow.getMessage().getName())
                .isEqualTo(messageOf(model, flow.getTarget().getId())));
        assertThat(((Participant) model.getModelElementById(ENTRY_PARTICIPANT)).getProcess().getId())
                .isEqualTo(ENTRY_PROCESS_ID);

        assertThat(messageOf(model, AWAIT_SCORING)).isEqualTo(MSG_SCORING_OPENED);
        assertThat(messageOf(model, AWAIT_SHORTLIST)).isEqualTo(MSG_SHORTLIST_DECIDED);
        assertThat(messageOf(model, AWAIT_RESULTS)).isEqualTo(MSG_RESULTS_PUBLISHED);
        assertThat(messageOf(model, AWAIT_RESULTS_NOT_SHORTLISTED)).isEqualTo(MSG_RESULTS_PUBLISHED);

        ServiceTask remind = model.getModelElementById(REMIND_LATE_JUROR);
        assertThat(remind.isCamundaAsyncBefore()).isTrue();
        assertThat(remind.getExtensionElements().getElementsQuery().filterByType(CamundaFailedJobRetryTimeCycle.class)
                .singleResult().getTextContent()).isEqualTo("R5/PT1M");
        for (String step : List.of(DESK_REVIEW, HANDLE_LATE_JUROR)) {
            UserTask task = model.getModelElementById(step);
            assertThat(task.getCamundaCandidateGroups()).as(step).isEqualTo(ADMIN_GROUP);
        }
        assertThat(((UserTask) model.getModelElementById(COMPLETE_DOCUMENTS)).getCamundaAssignee())
                .isEqualTo("${" + VAR_OPD_OFFICER + "}");
    }

    // ------------------------------------------------------------------ steps

    private ProcessInstance submitEntry() {
        return runtimeService().startProcessInstanceByKey(ENTRY_PROCESS_ID, withVariables(
                VAR_ENTRY_ID, ENTRY_ID,
                VAR_COMPETITION_ID, COMPETITION_ID,
                VAR_OPD_OFFICER, OPD_OFFICER));
    }

    private ProcessInstance runToScoring() {
        ProcessInstance pi = submitEntry();
        decideDeskReview(pi, ELIGIBLE);
        openScoring(ENTRY_ID);
        assertScoring(pi);
        return pi;
    }

    private ProcessInstance runToShortlist() {
        ProcessInstance pi = runToScoring();
        JURORS.forEach(juror -> scoreBy(pi, juror));
        assertThat(pi).isWaitingAtExactly(AWAIT_SHORTLIST);
        return pi;
    }

    private static void decideDeskReview(ProcessInstance pi, String decision) {
        complete(task(DESK_REVIEW, pi), withVariables(VAR_DESK_DECISION, decision));
    }

    /** What open-scoring-round does for every eligible entry of the competition. */
    private static void openScoring(long entryId) {
        runtimeService().createMessageCorrelation(MSG_SCORING_OPENED)
                .processInstanceVariableEquals(VAR_ENTRY_ID, entryId).correlate();
    }

    private static void decideShortlist(long entryId, boolean shortlisted) {
        runtimeService().createMessageCorrelation(MSG_SHORTLIST_DECIDED)
                .processInstanceVariableEquals(VAR_ENTRY_ID, entryId)
                .setVariable(VAR_SHORTLISTED, shortlisted)
                .correlate();
    }

    private static void publishResults(long entryId) {
        runtimeService().createMessageCorrelation(MSG_RESULTS_PUBLISHED)
                .processInstanceVariableEquals(VAR_ENTRY_ID, entryId).correlate();
    }

    private static void scoreBy(ProcessInstance pi, String juror) {
        complete(scoringTaskOf(pi, juror));
    }

    private static List<Task> scoringTasks(ProcessInstance pi) {
        return taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(SCORE_ENTRY).list();
    }

    private static Task scoringTaskOf(ProcessInstance pi, String juror) {
        List<Task> tasks = scoringTasks(pi).stream().filter(t -> juror.equals(t.getAssignee())).toList();
        assertThat(tasks).as("scoring task of " + juror).hasSize(1);
        return tasks.get(0);
    }

    /** While jurors score, the multi-instance body counts as an active activity besides the tasks. */
    private static void assertScoring(ProcessInstance pi) {
        assertThat(pi).isWaitingAtExactly(SCORE_ENTRY + BpmnParse.MULTI_INSTANCE_BODY_ID_SUFFIX, SCORE_ENTRY);
    }

    private static String multiInstanceBodyExecution(ProcessInstance pi) {
        ActivityInstance[] bodies = runtimeService().getActivityInstance(pi.getId())
                .getActivityInstances(SCORE_ENTRY + BpmnParse.MULTI_INSTANCE_BODY_ID_SUFFIX);
        assertThat(bodies).hasSize(1);
        assertThat(bodies[0].getExecutionIds()).hasSize(1);
        return bodies[0].getExecutionIds()[0];
    }

    private static List<Job> timers(ProcessInstance pi, String activityId) {
        return jobQuery().processInstanceId(pi.getId()).timers().activityId(activityId).list();
    }

    private static Job single(List<Job> jobs) {
        assertThat(jobs).hasSize(1);
        return jobs.get(0);
    }

    private static String defaultOf(BpmnModelInstance model, String gatewayId) {
        ExclusiveGateway gateway = model.getModelElementById(gatewayId);
        assertThat(gateway.getDefault()).as(gatewayId + " default flow").isNotNull();
        return gateway.getDefault().getTarget().getId();
    }

    /** What the follow-up service does once it has acted: completes the administrator's task with the action. */
    private static void followUp(ProcessInstance pi, LateJurorAction action) {
        complete(task(HANDLE_LATE_JUROR, pi), withVariables(VAR_LATE_JUROR_ACTION, action.name()));
    }

    private static String messageOf(BpmnModelInstance model, String catchEventId) {
        IntermediateCatchEvent event = model.getModelElementById(catchEventId);
        MessageEventDefinition definition = (MessageEventDefinition) event.getEventDefinitions().iterator().next();
        return definition.getMessage().getName();
    }

    private static BpmnModelInstance deployedModel() {
        return repositoryService().getBpmnModelInstance(repositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(ENTRY_PROCESS_ID).singleResult().getId());
    }

    /**
     * Stands in for the {@code entryFacts} bean: the inputs of the eligibility table, by default those of an
     * eligible entry (implemented inside the IGA window 2019-01-01..2020-12-31, first of its OPD, nothing missing).
     */
    public static class FakeEntryFacts {
        String implementedOn = "2020-03-15";
        String windowStart = "2019-01-01";
        String windowEnd = "2020-12-31";
        Integer missingDocuments = 0;
        Integer opdEntryNumber = 1;
        Integer entryLimit = 2;
        final List<Long> factsRequestedFor = new ArrayList<>();

        public String implementedOn(Long entryId) {
            factsRequestedFor.add(entryId);
            return implementedOn;
        }

        public String windowStart(Long entryId) {
            factsRequestedFor.add(entryId);
            return windowStart;
        }

        public String windowEnd(Long entryId) {
            factsRequestedFor.add(entryId);
            return windowEnd;
        }

        public Integer missingDocuments(Long entryId) {
            factsRequestedFor.add(entryId);
            return missingDocuments;
        }

        public Integer opdEntryNumber(Long entryId) {
            factsRequestedFor.add(entryId);
            return opdEntryNumber;
        }

        public Integer entryLimit(Long entryId) {
            factsRequestedFor.add(entryId);
            return entryLimit;
        }
    }

    /** Stands in for the {@code entryJury} bean: the jurors assigned to an entry. */
    public static class FakeJury {
        private final List<String> jurors;
        final List<Long> jurorsRequestedFor = new ArrayList<>();

        FakeJury(List<String> jurors) {
            this.jurors = jurors;
        }

        public List<String> jurorsOf(Long entryId) {
            jurorsRequestedFor.add(entryId);
            return jurors;
        }

        @Override
        public String toString() {
            return "FakeJury" + jurors;
        }
    }

    /** Stands in for the {@code competitionSchedule} bean: the deadlines, as dates for the timers. */
    public static class FakeSchedule {
        private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        public Date completionDeadline(Long entryId) {
            return Date.from(now.plus(Duration.ofDays(7)).plusSeconds(entryId));
        }

        public Date scoringDeadline(Long competitionId) {
            return Date.from(now.plus(Duration.ofDays(21)).plusSeconds(competitionId));
        }

        public Date extendedScoringDeadline(Long entryId) {
            return Date.from(now.plus(Duration.ofDays(28)).plusSeconds(entryId));
        }
    }

    /** Stands in for the {@code lateJurors} bean: whether a juror is still late when the extended deadline passes. */
    public static class FakeLateJurors {
        boolean late;
        final List<Long> askedFor = new ArrayList<>();

        public boolean anyLate(Long entryId) {
            askedFor.add(entryId);
            return late;
        }
    }
}
