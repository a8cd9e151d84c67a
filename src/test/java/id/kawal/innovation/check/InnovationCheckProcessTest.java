package id.kawal.innovation.check;

import static id.kawal.innovation.check.InnovationCheckProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Walks every path of {@code processes/innovation-sustainability.bpmn} and {@code processes/innovation-check-round.bpmn}
 * on an in-memory engine (see camunda.cfg.xml). The steps and the schedule are stand-ins registered with
 * {@link Mocks}; timers and the round's batches are driven by executing their jobs, never by waiting.
 */
@Deployment(resources = {"processes/innovation-sustainability.bpmn", "processes/innovation-check-round.bpmn"})
class InnovationCheckProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder()
            .configurationResource("camunda.cfg.xml")
            .build();

    private static final long INNOVATION_ID = 7L;
    private static final String OWNER = "pemilik.sari";
    private static final String HEAD = "kepala.opd";

    private JavaDelegate remind;
    private JavaDelegate escalate;
    private JavaDelegate markUnknown;
    private final List<Long> batchCursors = new ArrayList<>();

    /** The schedule as the app's defaults make it: 30 days to answer, 14 more to the escalation, 14 more to the end. */
    public static class Schedule {
        public String cycle() {
            return "0 0 8 15 1 ?";
        }

        public String reminder() {
            return "P30D";
        }

        public String escalation() {
            return "P44D";
        }

        public String finalDeadline() {
            return "P58D";
        }

        public Date dueDate() {
            return Date.from(Instant.now().plus(30, ChronoUnit.DAYS));
        }
    }

    public static class Answerers {
        public List<String> owner(DelegateExecution execution) {
            return List.of(OWNER);
        }

        public List<String> opdHeads(DelegateExecution execution) {
            return List.of(HEAD);
        }
    }

    @BeforeEach
    void registerStandIns() {
        BpmnAwareTests.init(engine.getProcessEngine());
        Mocks.register("innovationCheckSchedule", new Schedule());
        Mocks.register("innovationCheckAnswerers", new Answerers());
        remind = mock(JavaDelegate.class);
        escalate = mock(JavaDelegate.class);
        markUnknown = mock(JavaDelegate.class);
        Mocks.register("remindCheckOwnerDelegate", remind);
        Mocks.register("escalateCheckToOpdHeadDelegate", escalate);
        Mocks.register("markCheckUnknownDelegate", markUnknown);
        // three batches of two innovations: the cursor moves 0 -> 2 -> 4 -> 5, the last batch is not full
        Mocks.register("startCheckBatchDelegate", (JavaDelegate) execution -> {
            Object cursor = execution.getVariable(VAR_AFTER_ID);
            long after = cursor == null ? 0 : ((Number) cursor).longValue();
            batchCursors.add(after);
            long last = after < 4 ? after + 2 : 5;
            execution.setVariable(VAR_AFTER_ID, last);
            execution.setVariable(VAR_MORE, last - after == 2);
        });
    }

    @AfterEach
    void forgetStandIns() {
        Mocks.reset();
        BpmnAwareTests.reset();
    }

    private static ProcessInstance startCheck() {
        return runtimeService().startProcessInstanceByKey(CHECK_PROCESS_ID, businessKey(INNOVATION_ID, 2026),
                Map.of(VAR_INNOVATION_ID, INNOVATION_ID, VAR_YEAR, 2026, VAR_CHECK_ID, 1L));
    }

    private static Task openTask(ProcessInstance pi, String key) {
        return taskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
    }

    private static Job timer(ProcessInstance pi, String boundaryEventId) {
        List<Job> jobs = jobQuery().processInstanceId(pi.getId()).timers().activityId(boundaryEventId).list();
        assertThat(jobs).as("timer %s", boundaryEventId).hasSize(1);
        return jobs.get(0);
    }

    private static List<String> candidateUsers(Task task) {
        return taskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getUserId() != null)
                .map(IdentityLink::getUserId).toList();
    }

    private static List<String> candidateGroups(Task task) {
        return taskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList();
    }

    // ------------------------------------------------------------------ one check

    @Test
    void theQuestionGoesToTheOwnerAndTheAdministratorsWithItsThreeTimers() {
        ProcessInstance pi = startCheck();

        assertThat(pi).isWaitingAt(CONFIRM_STILL_RUNNING);
        Task task = openTask(pi, CONFIRM_STILL_RUNNING);
        assertThat(task.getAssignee()).isNull();
        assertThat(candidateUsers(task)).containsExactly(OWNER);
        assertThat(candidateGroups(task)).containsExactly("admin");
        assertThat(task.getDueDate()).isNotNull();
        assertThat(pi.getBusinessKey()).isEqualTo("7:2026");
        Instant now = Instant.now();
        assertThat(timer(pi, CHECK_DEADLINE).getDuedate().toInstant()).isBetween(now.plus(Duration.ofDays(29)), now.plus(Duration.ofDays(31)));
        assertThat(timer(pi, CHECK_ESCALATION_DUE).getDuedate().toInstant()).isBetween(now.plus(Duration.ofDays(43)), now.plus(Duration.ofDays(45)));
        assertThat(timer(pi, CHECK_FINAL_DEADLINE).getDuedate().toInstant()).isBetween(now.plus(Duration.ofDays(57)), now.plus(Duration.ofDays(59)));
    }

    @Test
    void anAnswerThatItRunsEndsTheCheckWithoutReminders() throws Exception {
        ProcessInstance pi = startCheck();

        complete(openTask(pi, CONFIRM_STILL_RUNNING), withVariables(VAR_OUTCOME, "BERJALAN"));

        assertThat(pi).hasPassed(CHECK_ANSWERED).isEnded();
        assertThat(jobQuery().processInstanceId(pi.getId()).count()).isZero();
        verify(remind, never()).execute(any());
        verify(escalate, never()).execute(any());
        verify(markUnknown, never()).execute(any());
    }

    @Test
    void anAnswerThatItStoppedEndsTheCheckToo() throws Exception {
        ProcessInstance pi = startCheck();

        complete(openTask(pi, CONFIRM_STILL_RUNNING), withVariables(VAR_OUTCOME, "TERHENTI"));

        assertThat(pi).hasPassed(CHECK_ANSWERED).isEnded();
        assertThat(pi).variables().containsEntry(VAR_OUTCOME, "TERHENTI");
        verify(markUnknown, never()).execute(any());
    }

    @Test
    void atTheDeadlineTheOwnerIsRemindedOnceAndMayStillAnswer() throws Exception {
        ProcessInstance pi = startCheck();

        execute(timer(pi, CHECK_DEADLINE));

        verify(remind, times(1)).execute(any());
        assertThat(pi).hasPassed(REMIND_CHECK_OWNER).isWaitingAt(CONFIRM_STILL_RUNNING);
        assertThat(jobQuery().processInstanceId(pi.getId()).timers().activityId(CHECK_DEADLINE).count()).isZero();
        complete(openTask(pi, CONFIRM_STILL_RUNNING), withVariables(VAR_OUTCOME, "BERJALAN"));
        assertThat(pi).hasPassed(CHECK_ANSWERED).hasNotPassed(ESCALATE_CHECK_TO_OPD_HEAD).isEnded();
        verify(escalate, never()).execute(any());
    }

    @Test
    void afterTheReminderTheOpdHeadIsAskedTooAndTheirAnswerEndsBothQuestions() throws Exception {
        ProcessInstance pi = startCheck();
        execute(timer(pi, CHECK_DEADLINE));

        execute(timer(pi, CHECK_ESCALATION_DUE));

        verify(escalate, times(1)).execute(any());
        Task head = openTask(pi, CONFIRM_STILL_RUNNING_HEAD);
        assertThat(candidateUsers(head)).containsExactly(HEAD);
        assertThat(candidateGroups(head)).containsExactly("admin");
        assertThat(openTask(pi, CONFIRM_STILL_RUNNING)).as("the owner may still answer").isNotNull();

        complete(head, withVariables(VAR_OUTCOME, "BERJALAN"));

        assertThat(pi).hasPassed(CHECK_ANSWERED_BY_HEAD).isEnded();
        assertThat(taskQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(jobQuery().processInstanceId(pi.getId()).count()).isZero();
        verify(markUnknown, never()).execute(any());
    }

    @Test
    void theOwnersLateAnswerAfterTheEscalationWithdrawsTheHeadsQuestion() {
        ProcessInstance pi = startCheck();
        execute(timer(pi, CHECK_DEADLINE));
        execute(timer(pi, CHECK_ESCALATION_DUE));

        complete(openTask(pi, CONFIRM_STILL_RUNNING), withVariables(VAR_OUTCOME, "TERHENTI"));

        assertThat(pi).hasPassed(CHECK_ANSWERED).isEnded();
        assertThat(taskQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    @Test
    void withoutAnyAnswerTheCheckEndsAsUnknown() throws Exception {
        ProcessInstance pi = startCheck();
        execute(timer(pi, CHECK_DEADLINE));
        execute(timer(pi, CHECK_ESCALATION_DUE));

        execute(timer(pi, CHECK_FINAL_DEADLINE));

        verify(markUnknown, times(1)).execute(any());
        assertThat(pi).hasPassed(MARK_CHECK_UNKNOWN, CHECK_UNKNOWN).hasNotPassed(CHECK_ANSWERED, CHECK_ANSWERED_BY_HEAD)
                .isEnded();
        assertThat(taskQuery().processInstanceId(pi.getId()).count()).as("both questions withdrawn").isZero();
    }

    // ------------------------------------------------------------------ the yearly round

    @Test
    void theRoundStartsEveryYearOnTheConfiguredCycle() {
        List<Job> starts = jobQuery().timers().processDefinitionKey(ROUND_PROCESS_ID).list();

        assertThat(starts).hasSize(1);
        LocalDateTime due = LocalDateTime.ofInstant(starts.get(0).getDuedate().toInstant(), ZoneId.systemDefault());
        assertThat(due.getMonthValue()).isEqualTo(1);
        assertThat(due.getDayOfMonth()).isEqualTo(15);
        assertThat(due.getHour()).isEqualTo(8);
        assertThat(due).isAfter(LocalDateTime.now());
    }

    @Test
    void theYearlyTimerStartsARoundAndWaitsForNextYear() {
        Job yearly = jobQuery().timers().processDefinitionKey(ROUND_PROCESS_ID).singleResult();

        execute(yearly);

        ProcessInstance round = runtimeService().createProcessInstanceQuery().processDefinitionKey(ROUND_PROCESS_ID)
                .singleResult();
        assertThat(round).isWaitingAt(START_CHECK_BATCH);
        Job next = jobQuery().timers().processDefinitionKey(ROUND_PROCESS_ID).singleResult();
        assertThat(next.getId()).isNotEqualTo(yearly.getId());
        // run early here, so the next one is due on the same 15 January; run on its day, a year later
        assertThat(next.getDuedate()).isAfterOrEqualTo(yearly.getDuedate());
        for (int batch = 0; batch < 3; batch++) {
            execute(jobQuery().processInstanceId(round.getId()).singleResult());
        }
        assertThat(round).hasPassed(ROUND_STARTED).isEnded();
    }

    @Test
    void aRoundWalksTheRegistryOneBatchJobAtATimeUntilABatchIsNotFull() {
        ProcessInstance round = runtimeService().startProcessInstanceByMessage(MSG_ROUND_REQUESTED, roundBusinessKey(2026),
                Map.of(VAR_YEAR, 2026, VAR_AFTER_ID, 0L, VAR_STARTED_BY, "admin"));

        for (int batch = 0; batch < 3; batch++) {
            assertThat(round).isWaitingAt(START_CHECK_BATCH);
            execute(jobQuery().processInstanceId(round.getId()).singleResult());
        }

        assertThat(batchCursors).containsExactly(0L, 2L, 4L);
        assertThat(round).hasPassed(ROUND_STARTED).isEnded();
    }
}
