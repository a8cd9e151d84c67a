package id.kawal.actionplan;

import static id.kawal.actionplan.BulkIssuanceProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.jobQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Walks every path of {@code processes/bulk-issuance.bpmn}: every certificate issued, and one whose
 * job keeps failing until it becomes an incident while the others are issued. The delegate is a stand-in
 * that records which item it was asked for.
 */
@Deployment(resources = "processes/bulk-issuance.bpmn")
class BulkIssuanceProcessTest {

    @RegisterExtension
    static ProcessEngineExtension engine = ProcessEngineExtension.builder().configurationResource("camunda.cfg.xml").build();

    private final List<Integer> issued = Collections.synchronizedList(new ArrayList<>());
    /** The item whose certificate cannot be issued (e.g. the signing device is down), or null. */
    private volatile Integer failingItem;

    @BeforeEach
    void useThisEngine() {
        // the Spring Boot tests' engine may live in the same JVM
        BpmnAwareTests.init(engine.getProcessEngine());
    }

    @AfterEach
    void clearMocks() {
        Mocks.reset();
    }

    private ProcessInstance start(int total, Integer failing) {
        failingItem = failing;
        Mocks.register("issueOneCertificateDelegate", (JavaDelegate) execution -> {
            int item = ((Number) execution.getVariable(VAR_LOOP_COUNTER)).intValue();
            if (failingItem != null && item == failingItem) {
                throw new IllegalStateException("signing device unreachable");
            }
            issued.add(item);
        });
        return runtimeService().startProcessInstanceByKey(PROCESS_ID, "bulk-1", Map.of(VAR_BULK_ISSUE_ID, "bulk-1", VAR_TOTAL, total));
    }

    private void runDueJobs(ProcessInstance instance) {
        List<Job> due;
        while (!(due = jobQuery().processInstanceId(instance.getId()).executable().list()).isEmpty()) {
            for (Job job : due) {
                try {
                    managementService().executeJob(job.getId());
                } catch (IllegalStateException expected) {
                    // a failing certificate: the engine keeps the job for a retry
                }
            }
        }
    }

    @Test
    void eachCertificateIsAJobOfItsOwnAndTheProcessEndsWhenAllAreIssued() {
        ProcessInstance instance = start(3, null);

        assertThat(instance).isWaitingAt(ISSUE_ONE_CERTIFICATE);
        List<Job> jobs = jobQuery().processInstanceId(instance.getId()).list();
        assertThat(jobs).hasSize(3).allMatch(j -> ((JobEntity) j).isExclusive(),
                "exclusive: one node at a time per bulk issue");
        assertThat(issued).as("nothing happens in the administrator's request").isEmpty();

        runDueJobs(instance);

        assertThat(issued).containsExactlyInAnyOrder(0, 1, 2);
        assertThat(instance).hasPassed(ISSUE_ONE_CERTIFICATE).isEnded();
    }

    @Test
    void aCertificateThatKeepsFailingIsRetriedThenBecomesAnIncidentAndTheOthersAreIssued() {
        ProcessInstance instance = start(3, 1);

        runDueJobs(instance);
        Job failing = jobQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(failing.getRetries()).as("one attempt used, retried later").isEqualTo(2);
        assertThat(failing.getExceptionMessage()).contains("signing device unreachable");
        for (int attempt = 0; attempt < 2; attempt++) {
            assertThatThrownBy(() -> managementService().executeJob(failing.getId())).hasMessageContaining("unreachable");
        }

        assertThat(issued).containsExactlyInAnyOrder(0, 2);
        assertThat(runtimeService().createIncidentQuery().processInstanceId(instance.getId()).singleResult()
                .getIncidentMessage()).contains("signing device unreachable");
        assertThat(instance).isWaitingAt(ISSUE_ONE_CERTIFICATE);
    }

    @Test
    void anIncidentRetriedByAnAdministratorFinishesTheBulkIssue() {
        ProcessInstance instance = start(2, 0);
        runDueJobs(instance);
        Job failing = jobQuery().processInstanceId(instance.getId()).singleResult();
        for (int attempt = 0; attempt < 2; attempt++) {
            assertThatThrownBy(() -> managementService().executeJob(failing.getId()));
        }
        failingItem = null; // the device is back

        managementService().setJobRetries(failing.getId(), 1); // "Retry" in Cockpit
        managementService().executeJob(failing.getId());

        assertThat(issued).containsExactlyInAnyOrder(0, 1);
        assertThat(instance).isEnded();
    }
}
