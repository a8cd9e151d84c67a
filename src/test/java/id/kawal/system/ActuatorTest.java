package id.kawal.system;

import static id.kawal.actionplan.ActionPlanProcess.DRAFT_PROPOSAL;
import static id.kawal.actionplan.ActionPlanProcess.ISSUE_CERTIFICATE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.kawal.actionplan.ActionPlan;
import id.kawal.actionplan.ActionPlanWorkflow;
import id.kawal.certificate.CertificateService;
import id.kawal.certificate.IssueRequest;
import id.kawal.support.KawalIntegrationTest;
import id.kawal.support.Plans;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.Shutdown;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Health for everyone, metrics for administrators, and the metrics that count Kawal's own work. */
@KawalIntegrationTest
class ActuatorTest {

    @Autowired MockMvc mvc;
    @Autowired MeterRegistry registry;
    @Autowired Plans plans;
    @Autowired ActionPlanWorkflow workflow;
    @Autowired CertificateService certificates;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    @Autowired TransactionTemplate transaction;
    @Autowired TomcatServletWebServerFactory webServer;

    private double count(String name, String... tags) {
        Counter counter = registry.find(name).tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void healthAndItsProbesArePublicWithoutDetails() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(jsonPath("$.components").doesNotExist());
        mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        // an administrator sees what the status is made of
        mvc.perform(get("/actuator/health").with(httpBasic("admin", "demo")))
                .andExpect(jsonPath("$.components.db.status").value("UP"));
    }

    @Test
    void everyOtherActuatorEndpointIsForAdministratorsOnly() throws Exception {
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isUnauthorized())
                .andExpect(content().contentType("application/problem+json"));
        mvc.perform(get("/actuator/prometheus").with(httpBasic("mentor", "demo"))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/metrics").with(httpBasic("peserta1", "demo"))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", "demo"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("jvm_memory_used_bytes")));
    }

    @Test
    void aCompletedTaskIsCountedOnceItsTransactionCommits() throws Exception {
        String[] draft = {"process", "pka-action-plan", "task", DRAFT_PROPOSAL};
        ActionPlan plan = plans.enrol();
        double before = count(KawalMetrics.TASKS_COMPLETED, draft);

        String task = plans.task(plan, DRAFT_PROPOSAL);
        transaction.executeWithoutResult(status -> {
            workflow.submitProposal(task, plan.getParticipant(), Plans.proposal(1), List.of());
            status.setRollbackOnly();
        });
        assertThat(tasks.createTaskQuery().taskId(task).count()).as("rolled back: the task is still open").isEqualTo(1);
        assertThat(count(KawalMetrics.TASKS_COMPLETED, draft)).isEqualTo(before);

        plans.submitProposal(plan, 1);
        assertThat(count(KawalMetrics.TASKS_COMPLETED, draft)).isEqualTo(before + 1);
        mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", "demo")))
                .andExpect(content().string(containsString(
                        "kawal_tasks_completed_total{process=\"pka-action-plan\",task=\"draft-proposal\"}")));
    }

    @Test
    void anIssuedCertificateIsCountedOnceAfterCommitAndNotAgainWhenAskedTwice() throws Exception {
        IssueRequest request = new IssueRequest("STTPP", "METRICS_TEST", ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE),
                "peserta1", "Peserta Uji", "198501012010011001", "Kepala Bidang", "Dinas Uji", "PKA", "Inovasi", "Memuaskan",
                LocalDate.of(2025, 7, 27), "admin");
        double before = count(KawalMetrics.CERTIFICATES_ISSUED, "kind", "STTPP");

        transaction.executeWithoutResult(status -> {
            certificates.issue(request);
            status.setRollbackOnly();
        });
        assertThat(count(KawalMetrics.CERTIFICATES_ISSUED, "kind", "STTPP")).isEqualTo(before);

        certificates.issue(request);
        certificates.issue(request);
        assertThat(count(KawalMetrics.CERTIFICATES_ISSUED, "kind", "STTPP")).isEqualTo(before + 1);
        mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", "demo")))
                .andExpect(content().string(containsString("kawal_certificates_issued_total{kind=\"STTPP\"}")));
    }

    @Test
    void theEnginesJobsAndIncidentsAreMeasured() throws Exception {
        assertThat(registry.get("kawal.jobs.executable").gauge().value())
                .isEqualTo(management.createJobQuery().executable().active().count());
        assertThat(registry.get("kawal.jobs.failed").gauge().value())
                .isEqualTo(management.createJobQuery().noRetriesLeft().count());
        mvc.perform(get("/actuator/prometheus").with(httpBasic("admin", "demo")))
                .andExpect(content().string(containsString("kawal_jobs_executable ")))
                .andExpect(content().string(containsString("kawal_jobs_failed ")))
                .andExpect(content().string(containsString("kawal_incidents_open ")));
    }

    @Test
    void theServerShutsDownGracefully() {
        assertThat(webServer.getShutdown()).isEqualTo(Shutdown.GRACEFUL);
    }
}
