package id.kawal.innovation.handover;

import static id.kawal.innovation.handover.HandoverProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.repositoryService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Walks every path of {@code processes/innovation-handover.bpmn} on an in-memory engine (see camunda.cfg.xml): the
 * delegates are mocks registered with {@link Mocks}, the timer's duration comes from the real
 * {@link HandoverSchedule}; the escalation timer is driven by executing its job, never by waiting.
 */
@Deployment(resources = "processes/innovation-handover.bpmn")
class HandoverProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().configurationResource("camunda.cfg.xml").build();

    private static final long INNOVATION_ID = 41L;
    private static final long HANDOVER_ID = 7L;
    private static final String OUTGOING = "peserta1";
    private static final String SUCCESSOR = "penerus.kominfo";

    private JavaDelegate escalateHandoverDelegate;
    private JavaDelegate recordNewOwnerDelegate;

    @BeforeEach
    void registerStandIns() {
        BpmnAwareTests.init(engine.getProcessEngine());
        escalateHandoverDelegate = mock(JavaDelegate.class);
        recordNewOwnerDelegate = mock(JavaDelegate.class);
        Mocks.register("escalateHandoverDelegate", escalateHandoverDelegate);
        Mocks.register("recordNewOwnerDelegate", recordNewOwnerDelegate);
        Mocks.register("handoverSchedule", new HandoverSchedule(new HandoverProperties(14)));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    private ProcessInstance start(String outgoingOwner) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_INNOVATION_ID, INNOVATION_ID);
        variables.put(VAR_HANDOVER_ID, HANDOVER_ID);
        variables.put(VAR_OUTGOING_OWNER, outgoingOwner);
        variables.put(VAR_SUCCESSOR, null);
        return runtimeService().startProcessInstanceByKey(PROCESS_ID, String.valueOf(INNOVATION_ID), variables);
    }

    private static Map<String, Object> successor(String username) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_SUCCESSOR, username);
        return variables;
    }

    @Test
    void theHeadNamesTheSuccessorTheOwnerHandsOverAndTheSuccessorAcceptsAndBecomesTheOwner() throws Exception {
        ProcessInstance handover = start(OUTGOING);
        assertThat(handover).isStarted().isWaitingAt(NAME_SUCCESSOR);
        assertThat(handover.getBusinessKey()).isEqualTo(String.valueOf(INNOVATION_ID));
        assertThat(task(handover)).hasCandidateGroup("opd-head").hasCandidateGroup("admin").isNotAssigned();

        complete(task(handover), successor(SUCCESSOR));
        assertThat(handover).isWaitingAt(HAND_OVER);
        assertThat(task(handover)).isAssignedTo(OUTGOING);
        assertThat(jobQuery().processInstanceId(handover.getId()).count()).as("the timer ends with the naming").isZero();

        complete(task(handover));
        assertThat(handover).isWaitingAt(ACCEPT_HANDOVER);
        assertThat(task(handover)).isAssignedTo(SUCCESSOR);

        complete(task(handover), withVariables(VAR_ACCEPTED, true));
        assertThat(handover).hasPassedInOrder(ROTATION_RECORDED, NAME_SUCCESSOR, CHECKLIST_JOIN, HAND_OVER,
                ACCEPT_HANDOVER, ACCEPTANCE_DECISION, RECORD_NEW_OWNER, NEW_OWNER_RECORDED).isEnded();
        assertThat(handover).hasNotPassed(ESCALATE_TO_BAPPEDA);
        verify(recordNewOwnerDelegate, times(1)).execute(any());
        verify(escalateHandoverDelegate, never()).execute(any());
    }

    @Test
    void aReturnedChecklistGoesBackToTheOutgoingOwnerUntilTheSuccessorAcceptsIt() throws Exception {
        ProcessInstance handover = start(OUTGOING);
        complete(task(handover), successor(SUCCESSOR));
        complete(task(handover));
        complete(task(handover), withVariables(VAR_ACCEPTED, false));
        assertThat(handover).isWaitingAt(HAND_OVER);
        assertThat(historyService().createHistoricActivityInstanceQuery().processInstanceId(handover.getId())
                .activityId(CHECKLIST_JOIN).count()).as("back through the join, by the returned flow").isEqualTo(2);
        assertThat(task(handover)).isAssignedTo(OUTGOING);
        verify(recordNewOwnerDelegate, never()).execute(any());

        complete(task(handover));
        complete(task(handover), withVariables(VAR_ACCEPTED, false));
        complete(task(handover));
        assertThat(handover).isWaitingAt(ACCEPT_HANDOVER);
        complete(task(handover), withVariables(VAR_ACCEPTED, true));
        assertThat(handover).isEnded().hasPassed(NEW_OWNER_RECORDED);
        verify(recordNewOwnerDelegate, times(1)).execute(any());
    }

    @Test
    void peopleWithoutAccountsLeaveTheirStepsToTheHeadsAndTheAdministrators() {
        ProcessInstance handover = start(null);
        complete(task(handover), successor(null));
        assertThat(handover).isWaitingAt(HAND_OVER);
        assertThat(task(handover)).isNotAssigned().hasCandidateGroup("opd-head").hasCandidateGroup("admin");
        complete(task(handover));
        assertThat(task(handover)).isNotAssigned().hasCandidateGroup("opd-head").hasCandidateGroup("admin");
        complete(task(handover), withVariables(VAR_ACCEPTED, true));
        assertThat(handover).isEnded();
    }

    @Test
    void noSuccessorInTimeTellsBappedaOnceAndTheNamingStillWaits() throws Exception {
        ProcessInstance handover = start(OUTGOING);
        Job timer = job(SUCCESSOR_OVERDUE, handover);
        Duration due = Duration.between(Instant.now(), timer.getDuedate().toInstant());
        assertThat(due).isBetween(Duration.ofDays(14).minusMinutes(5), Duration.ofDays(14).plusMinutes(5));

        execute(timer);
        verify(escalateHandoverDelegate, times(1)).execute(any());
        assertThat(handover).hasPassed(SUCCESSOR_OVERDUE, ESCALATE_TO_BAPPEDA, BAPPEDA_NOTIFIED).isWaitingAt(NAME_SUCCESSOR);
        assertThat(jobQuery().processInstanceId(handover.getId()).count()).as("told once: no second timer").isZero();

        complete(task(handover), successor(SUCCESSOR));
        complete(task(handover));
        complete(task(handover), withVariables(VAR_ACCEPTED, true));
        assertThat(handover).isEnded();
        verify(escalateHandoverDelegate, times(1)).execute(any());
    }

    @Test
    void theModelSaysWhoActsInItsLanesAndWiresItsStepsToBeans() {
        BpmnModelInstance model = repositoryService().getBpmnModelInstance(repositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(PROCESS_ID).latestVersion().singleResult().getId());
        Process process = model.getModelElementById(PROCESS_ID);
        assertThat(process.getCamundaHistoryTimeToLiveString()).isNotBlank();
        Map<String, String> laneOf = new HashMap<>();
        for (Lane lane : model.getModelElementsByType(Lane.class)) {
            lane.getFlowNodeRefs().forEach(node -> laneOf.put(node.getId(), lane.getId()));
        }
        assertThat(laneOf).containsEntry(NAME_SUCCESSOR, LANE_OPD_HEAD).containsEntry(HAND_OVER, LANE_OUTGOING_OWNER)
                .containsEntry(ACCEPT_HANDOVER, LANE_SUCCESSOR).containsEntry(BAPPEDA_NOTIFIED, LANE_BAPPEDA)
                .containsEntry(RECORD_NEW_OWNER, LANE_KAWAL).containsEntry(ESCALATE_TO_BAPPEDA, LANE_KAWAL);
        assertThat(model.getModelElementsByType(ServiceTask.class)).allSatisfy(step ->
                assertThat(step.getCamundaDelegateExpression()).matches("\\$\\{[a-z][A-Za-z]+Delegate}"));
        assertThat(model.getModelElementsByType(UserTask.class)).extracting(UserTask::getId)
                .containsExactlyInAnyOrder(NAME_SUCCESSOR, HAND_OVER, ACCEPT_HANDOVER);
        BoundaryEvent overdue = model.getModelElementById(SUCCESSOR_OVERDUE);
        assertThat(overdue.cancelActivity()).as("non-interrupting: the naming stays open").isFalse();
        assertThat(overdue.getAttachedTo().getId()).isEqualTo(NAME_SUCCESSOR);
        for (HandoverStage stage : HandoverStage.values()) {
            if (stage.taskKey() != null) {
                assertThat(model.<UserTask>getModelElementById(stage.taskKey())).as(stage.name()).isNotNull();
            }
        }
    }
}
