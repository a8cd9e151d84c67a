package id.kawal.competition;

import static org.assertj.core.groups.Tuple.tuple;
import static id.kawal.competition.CompetitionProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Collaboration;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.MessageFlow;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaFailedJobRetryTimeCycle;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Walks every path of {@code processes/innovation-competition.bpmn} on an in-memory engine (see camunda.cfg.xml),
 * and checks the ids of both competition models against {@link CompetitionProcess}. Delegates and the schedule bean
 * are stand-ins registered with {@link Mocks}; the window timers and the async publication are driven by executing
 * their jobs, never by waiting.
 */
@Deployment(resources = "processes/innovation-competition.bpmn")
public class CompetitionProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("camunda.cfg.xml")
            .build();

    private static final long COMPETITION_ID = 7L;
    private static final String ADMIN_GROUP = "admin";

    private FakeSchedule schedule;
    private JavaDelegate openSubmissionsDelegate;
    private JavaDelegate closeSubmissionsDelegate;
    private JavaDelegate openScoringRoundDelegate;
    private JavaDelegate rankEntriesDelegate;
    private JavaDelegate publishResultsDelegate;
    private final List<Long> competitionsSeenByDelegates = new ArrayList<>();
    /** What rank-entries reports; {@code null} means the delegate forgets to set the variable. */
    private Boolean unresolvedTie = false;

    @BeforeEach
    void registerStandIns() throws Exception {
        BpmnAwareTests.init(engine.getProcessEngine());

        schedule = new FakeSchedule();
        Mocks.register("competitionSchedule", schedule);

        openSubmissionsDelegate = recordingDelegate("openSubmissionsDelegate");
        closeSubmissionsDelegate = recordingDelegate("closeSubmissionsDelegate");
        openScoringRoundDelegate = recordingDelegate("openScoringRoundDelegate");
        publishResultsDelegate = recordingDelegate("publishResultsDelegate");

        rankEntriesDelegate = mock(JavaDelegate.class);
        doAnswer(call -> {
            DelegateExecution execution = call.getArgument(0);
            if (unresolvedTie != null) {
                execution.setVariable(VAR_UNRESOLVED_TIE, unresolvedTie);
            }
            return null;
        }).when(rankEntriesDelegate).execute(any());
        Mocks.register("rankEntriesDelegate", rankEntriesDelegate);
    }

    @AfterEach
    void forgetStandIns() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    // ------------------------------------------------------------------ paths

    @Test
    void competitionWithoutTieRunsFromWindowOpeningToPublishedResults() throws Exception {
        ProcessInstance pi = startCompetition();

        // nothing happens before the submission window opens: the only job is the opening timer, due at opensAt
        assertThat(pi).isWaitingAtExactly(SUBMISSION_OPENS);
        Job opens = single(timers(pi));
        assertThat(single(timers(pi, SUBMISSION_OPENS)).getId()).isEqualTo(opens.getId());
        assertThat(opens.getDuedate().toInstant()).isEqualTo(schedule.opensAt(COMPETITION_ID).toInstant());
        verifyNoInteractions(openSubmissionsDelegate);

        // opening runs inside the timer's job (no job of its own), then the closing timer waits for closesAt
        execute(opens);
        verify(openSubmissionsDelegate).execute(any());
        assertThat(pi).hasPassedInOrder(SUBMISSION_OPENS, OPEN_SUBMISSIONS).isWaitingAtExactly(SUBMISSION_CLOSES);
        Job closes = single(jobQuery().processInstanceId(pi.getId()).list());
        assertThat(single(timers(pi, SUBMISSION_CLOSES)).getId()).isEqualTo(closes.getId());
        assertThat(closes.getDuedate().toInstant()).isEqualTo(schedule.closesAt(COMPETITION_ID).toInstant());
        verifyNoInteractions(closeSubmissionsDelegate);

        execute(closes);
        verify(closeSubmissionsDelegate).execute(any());
        assertThat(pi).hasPassedInOrder(SUBMISSION_CLOSES, CLOSE_SUBMISSIONS).isWaitingAtExactly(FINISH_DESK_REVIEW);
        assertThat(jobQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(task(FINISH_DESK_REVIEW, pi)).isNotAssigned().hasCandidateGroup(ADMIN_GROUP);
        verifyNoInteractions(openScoringRoundDelegate);
        complete(task(FINISH_DESK_REVIEW, pi));

        verify(openScoringRoundDelegate).execute(any());
        assertThat(pi).isWaitingAtExactly(CLOSE_SCORING_ROUND);
        assertThat(task(CLOSE_SCORING_ROUND, pi)).isNotAssigned().hasCandidateGroup(ADMIN_GROUP);
        complete(task(CLOSE_SCORING_ROUND, pi));

        verify(rankEntriesDelegate).execute(any());
        assertThat(pi).hasPassed(RANK_ENTRIES).hasNotPassed(RESOLVE_TIE).isWaitingAtExactly(HOLD_PRESENTATIONS);
        assertThat(pi).variables().containsEntry(VAR_UNRESOLVED_TIE, false);
        assertThat(task(HOLD_PRESENTATIONS, pi)).isNotAssigned().hasCandidateGroup(ADMIN_GROUP);
        complete(task(HOLD_PRESENTATIONS, pi));

        assertThat(pi).isWaitingAtExactly(FINALISE_AWARDS);
        assertThat(task(FINALISE_AWARDS, pi)).isNotAssigned().hasCandidateGroup(ADMIN_GROUP);
        complete(task(FINALISE_AWARDS, pi));

        // the publication is its own transaction, after the awards are stored
        assertThat(pi).isWaitingAt(PUBLISH_RESULTS);
        verifyNoInteractions(publishResultsDelegate);
        execute(job(PUBLISH_RESULTS, pi));

        verify(publishResultsDelegate).execute(any());
        assertThat(pi).isEnded().hasPassed(RESULTS_PUBLISHED).hasNotPassed(RESOLVE_TIE);
        assertThat(competitionsSeenByDelegates).containsExactly(COMPETITION_ID, COMPETITION_ID, COMPETITION_ID,
                COMPETITION_ID);
    }

    @Test
    void unresolvedTieWaitsForTheAdministratorToSetTheOrderBeforePresentations() {
        unresolvedTie = true;
        ProcessInstance pi = runToScoringClosed();

        assertThat(pi).hasPassed(RANK_ENTRIES).isWaitingAtExactly(RESOLVE_TIE);
        assertThat(pi).variables().containsEntry(VAR_UNRESOLVED_TIE, true);
        assertThat(task(RESOLVE_TIE, pi)).isNotAssigned().hasCandidateGroup(ADMIN_GROUP);
        complete(task(RESOLVE_TIE, pi));

        assertThat(pi).isWaitingAtExactly(HOLD_PRESENTATIONS);
        complete(task(HOLD_PRESENTATIONS, pi));
        complete(task(FINALISE_AWARDS, pi));
        execute(job(PUBLISH_RESULTS, pi));

        assertThat(pi).isEnded().hasPassedInOrder(RANK_ENTRIES, RESOLVE_TIE, HOLD_PRESENTATIONS, FINALISE_AWARDS,
                PUBLISH_RESULTS, RESULTS_PUBLISHED);
    }

    @Test
    void rankingThatDoesNotReportTiesCannotCloseTheScoringRound() {
        unresolvedTie = null;
        ProcessInstance pi = startCompetition();
        execute(single(timers(pi)));
        execute(single(timers(pi)));
        complete(task(FINISH_DESK_REVIEW, pi));
        String closeTask = task(CLOSE_SCORING_ROUND, pi).getId();

        assertThatThrownBy(() -> complete(task(CLOSE_SCORING_ROUND, pi)))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining(VAR_UNRESOLVED_TIE);

        // the whole step is rolled back: the administrator's task is still open
        assertThat(pi).isWaitingAtExactly(CLOSE_SCORING_ROUND);
        assertThat(task(CLOSE_SCORING_ROUND, pi).getId()).isEqualTo(closeTask);
    }

    @Test
    void failingPublicationIsRetriedFiveTimesAMinuteApart() throws Exception {
        doThrow(new IllegalStateException("portal down")).when(publishResultsDelegate).execute(any());
        ProcessInstance pi = runToScoringClosed();
        complete(task(HOLD_PRESENTATIONS, pi));
        complete(task(FINALISE_AWARDS, pi));

        Job publish = job(PUBLISH_RESULTS, pi);
        Instant beforeFailure = Instant.now();
        assertThatThrownBy(() -> execute(publish)).hasMessage("portal down");

        Job retried = managementService().createJobQuery().jobId(publish.getId()).singleResult();
        assertThat(retried.getRetries()).isEqualTo(4);
        assertThat(retried.getDuedate().toInstant())
                .isBetween(beforeFailure.plus(Duration.ofSeconds(59)), Instant.now().plus(Duration.ofSeconds(61)));
        assertThat(pi).isNotEnded().isWaitingAt(PUBLISH_RESULTS);
    }

    @Test
    void failingOpeningLeavesTheTimerJobToBeRetried() throws Exception {
        doThrow(new IllegalStateException("database busy")).when(openSubmissionsDelegate).execute(any());
        ProcessInstance pi = startCompetition();
        Job opens = single(timers(pi));

        assertThatThrownBy(() -> execute(opens)).hasMessage("database busy");

        // open-submissions runs in the timer's transaction: the failure rolls back to the timer, which is retried
        Job retried = managementService().createJobQuery().jobId(opens.getId()).singleResult();
        assertThat(retried.getRetries()).isEqualTo(2);
        assertThat(pi).isWaitingAtExactly(SUBMISSION_OPENS).hasNotPassed(OPEN_SUBMISSIONS);
    }

    // ------------------------------------------------------------------ models

    @Test
    void onlyThePublicationRunsInItsOwnJobWithFiveRetriesAMinuteApart() {
        BpmnModelInstance model = deployedModel();
        ServiceTask publish = model.getModelElementById(PUBLISH_RESULTS);
        assertThat(publish.isCamundaAsyncBefore()).isTrue();
        CamundaFailedJobRetryTimeCycle retry = publish.getExtensionElements().getElementsQuery()
                .filterByType(CamundaFailedJobRetryTimeCycle.class).singleResult();
        assertThat(retry.getTextContent()).isEqualTo("R5/PT1M");

        // the window steps already run in a timer job of their own: no second job
        for (String step : List.of(OPEN_SUBMISSIONS, CLOSE_SUBMISSIONS, OPEN_SCORING_ROUND, RANK_ENTRIES)) {
            ServiceTask task = model.getModelElementById(step);
            assertThat(task.isCamundaAsyncBefore()).as(step + " asyncBefore").isFalse();
            assertThat(task.isCamundaAsyncAfter()).as(step + " asyncAfter").isFalse();
        }
        for (String step : List.of(FINISH_DESK_REVIEW, CLOSE_SCORING_ROUND, RESOLVE_TIE, HOLD_PRESENTATIONS,
                FINALISE_AWARDS)) {
            UserTask task = model.getModelElementById(step);
            assertThat(task.getCamundaCandidateGroups()).as(step).isEqualTo(ADMIN_GROUP);
        }
    }

    @Test
    void everyIdInCompetitionProcessExistsInOneOfTheTwoModels() throws Exception {
        BpmnModelInstance competition = classpathModel("processes/innovation-competition.bpmn");
        BpmnModelInstance entry = classpathModel("processes/competition-entry.bpmn");
        List<String> missing = new ArrayList<>();
        for (Field field : CompetitionProcess.class.getFields()) {
            String name = field.getName();
            boolean constant = Modifier.isStatic(field.getModifiers()) && field.getType() == String.class;
            boolean elementId = !name.startsWith("VAR_") && !name.startsWith("MSG_")
                    && !List.of("ELIGIBILITY_DECISION", "ELIGIBLE", "INCOMPLETE", "INELIGIBLE").contains(name);
            String id = (String) field.get(null);
            if (constant && elementId && competition.getModelElementById(id) == null
                    && entry.getModelElementById(id) == null) {
                missing.add(name);
            }
        }
        assertThat(missing).isEmpty();
        assertThat(competition.getModelElementsByType(Process.class)).extracting(Process::getId)
                .containsExactly(COMPETITION_PROCESS_ID);
        assertThat(entry.getModelElementsByType(Process.class)).extracting(Process::getId)
                .containsExactly(ENTRY_PROCESS_ID);

        for (BpmnModelInstance model : List.of(competition, entry)) {
            List<String> messageNames = model.getModelElementsByType(Message.class).stream().map(Message::getName)
                    .toList();
            assertThat(messageNames)
                    .containsExactlyInAnyOrder(MSG_SCORING_OPENED, MSG_SHORTLIST_DECIDED, MSG_RESULTS_PUBLISHED);
        }
    }

    @Test
    void theDiagramShowsTheStepsThatSendTheEntriesTheirMessages() {
        BpmnModelInstance model = deployedModel();
        Collaboration collaboration = model.getModelElementById(COMPETITION_COLLABORATION);
        assertThat(((Participant) model.getModelElementById(COMPETITION_PARTICIPANT)).getProcess().getId())
                .isEqualTo(COMPETITION_PROCESS_ID);
        // JuryService.openScoringRound, ResultsService's shortlist (after ranking, or after a tie is resolved) and
        // ResultsService.publish correlate these messages with every entry's instance
        assertThat(collaboration.getMessageFlows())
                .extracting(f -> f.getSource().getId(), f -> f.getTarget().getId(), f -> f.getMessage().getName())
                .containsExactlyInAnyOrder(
                        tuple(OPEN_SCORING_ROUND, ENTRY_PARTICIPANT, MSG_SCORING_OPENED),
                        tuple(RANK_ENTRIES, ENTRY_PARTICIPANT, MSG_SHORTLIST_DECIDED),
                        tuple(RESOLVE_TIE, ENTRY_PARTICIPANT, MSG_SHORTLIST_DECIDED),
                        tuple(PUBLISH_RESULTS, ENTRY_PARTICIPANT, MSG_RESULTS_PUBLISHED));
        assertThat(((Participant) model.getModelElementById(ENTRY_PARTICIPANT)).getProcess()).isNull();
    }

    @Test
    void everyNodeAndFlowOfBothModelsIsDrawn() throws IOException {
        for (String resource : List.of("processes/innovation-competition.bpmn", "processes/competition-entry.bpmn")) {
            BpmnModelInstance model = classpathModel(resource);
            List<String> drawn = new ArrayList<>();
            model.getModelElementsByType(BpmnShape.class).forEach(s -> drawn.add(s.getBpmnElement().getId()));
            model.getModelElementsByType(BpmnEdge.class).forEach(e -> drawn.add(e.getBpmnElement().getId()));
            List<String> elements = new ArrayList<>();
            model.getModelElementsByType(FlowNode.class).forEach(n -> elements.add(n.getId()));
            model.getModelElementsByType(SequenceFlow.class)
                    .forEach(f -> elements.add(f.getId()));
            model.getModelElementsByType(Participant.class).forEach(p -> elements.add(p.getId()));
            model.getModelElementsByType(MessageFlow.class).forEach(f -> elements.add(f.getId()));
            assertThat(drawn).as(resource).containsExactlyInAnyOrderElementsOf(elements);
            // only joining gateways go without a label
            List<String> unnamed = model.getModelElementsByType(FlowNode.class).stream()
                    .filter(n -> n.getName() == null || n.getName().isBlank())
                    .filter(n -> !(n instanceof Gateway && n.getIncoming().size() > 1))
                    .map(FlowNode::getId).toList();
            assertThat(unnamed).as(resource).isEmpty();
            assertThat(kebabCaseViolations(model)).as(resource).isEmpty();
        }
    }

    // ------------------------------------------------------------------ steps

    private ProcessInstance startCompetition() {
        return runtimeService().startProcessInstanceByKey(COMPETITION_PROCESS_ID,
                withVariables(VAR_COMPETITION_ID, COMPETITION_ID));
    }

    private ProcessInstance runToScoringClosed() {
        ProcessInstance pi = startCompetition();
        execute(single(timers(pi)));
        execute(single(timers(pi)));
        complete(task(FINISH_DESK_REVIEW, pi));
        complete(task(CLOSE_SCORING_ROUND, pi));
        return pi;
    }

    private JavaDelegate recordingDelegate(String beanName) throws Exception {
        JavaDelegate delegate = mock(JavaDelegate.class);
        doAnswer(call -> {
            DelegateExecution execution = call.getArgument(0);
            competitionsSeenByDelegates.add((Long) execution.getVariable(VAR_COMPETITION_ID));
            return null;
        }).when(delegate).execute(any());
        Mocks.register(beanName, delegate);
        return delegate;
    }

    private static List<Job> timers(ProcessInstance pi) {
        return jobQuery().processInstanceId(pi.getId()).timers().list();
    }

    private static List<Job> timers(ProcessInstance pi, String activityId) {
        return jobQuery().processInstanceId(pi.getId()).timers().activityId(activityId).list();
    }

    private static Job single(List<Job> jobs) {
        assertThat(jobs).hasSize(1);
        return jobs.get(0);
    }

    private static BpmnModelInstance deployedModel() {
        return repositoryService().getBpmnModelInstance(repositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(COMPETITION_PROCESS_ID).singleResult().getId());
    }

    private static BpmnModelInstance classpathModel(String resource) throws IOException {
        try (InputStream in = CompetitionProcessTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource + " on the classpath").isNotNull();
            return Bpmn.readModelFromStream(in);
        }
    }

    private static List<String> kebabCaseViolations(BpmnModelInstance model) {
        List<String> violations = new ArrayList<>();
        for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
            String id = element.getId();
            if (id != null && !id.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
                violations.add(id);
            }
        }
        return violations;
    }

    /** Stands in for the {@code competitionSchedule} bean: when the submission window opens and closes. */
    public static class FakeSchedule {
        private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        public Date opensAt(Long competitionId) {
            return Date.from(now.plus(Duration.ofDays(3)).plusSeconds(competitionId));
        }

        public Date closesAt(Long competitionId) {
            return Date.from(now.plus(Duration.ofDays(33)).plusSeconds(competitionId));
        }

        @Override
        public String toString() {
            return "FakeSchedule" + Map.of("now", now);
        }
    }
}
