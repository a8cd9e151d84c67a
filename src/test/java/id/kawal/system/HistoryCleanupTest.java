package id.kawal.system;

import static org.assertj.core.api.Assertions.assertThat;

import id.kawal.actionplan.ActionPlan;
import id.kawal.support.Plans;
import id.kawal.support.PlansConfig;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The engine's history of a finished case is removed by the nightly cleanup job once the process's
 * historyTimeToLive (3650 days) has passed since the case ended, and not before. A context of its own:
 * the cleanup removes every old case of the database it runs on.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:kawal-history-cleanup;DB_CLOSE_DELAY=-1",
        "camunda.bpm.job-execution.enabled=false"})
@ActiveProfiles("demo")
@Import(PlansConfig.class)
class HistoryCleanupTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    @Autowired Plans plans;
    @Autowired HistoryService history;
    @Autowired ManagementService management;
    @Autowired ProcessEngine engine;

    @AfterEach
    void realTimeAgain() {
        ClockUtil.reset();
    }

    private static Date nightOf(LocalDate day) {
        return Date.from(day.atTime(LocalTime.of(23, 0)).atZone(WIB).toInstant());
    }

    private void runCleanupJob() {
        List<Job> cleanup = history.findHistoryCleanupJobs();
        assertThat(cleanup).as("the engine scheduled its cleanup job, because a batch window is configured").isNotEmpty();
        cleanup.forEach(job -> management.executeJob(job.getId()));
    }

    private long historyOf(String processInstanceId) {
        return history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).count()
                + history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId).count()
                + history.createHistoricTaskInstanceQuery().processInstanceId(processInstanceId).count()
                + history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId).count();
    }

    @Test
    void theNightlyCleanupRemovesTheHistoryOfACaseWhoseTimeToLiveHasPassed() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("22:00+0700");
        assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("06:00+0700");

        ActionPlan plan = plans.enrol();
        plans.toSeminar(plan);
        plans.score(plan, "40", "45", "50");
        management.createJobQuery().processInstanceId(plan.getProcessInstanceId()).list()
                .forEach(job -> management.executeJob(job.getId()));
        HistoricProcessInstance ended = history.createHistoricProcessInstanceQuery()
                .processInstanceId(plan.getProcessInstanceId()).singleResult();
        assertThat(ended.getEndTime()).as("the failed case has ended").isNotNull();
        assertThat(ended.getRemovalTime()).as("removal time = end + 3650 days")
                .isEqualTo(Date.from(ended.getEndTime().toInstant().plus(Duration.ofDays(3650))));
        LocalDate removalDay = ended.getRemovalTime().toInstant().atZone(WIB).toLocalDate();

        ClockUtil.setCurrentTime(nightOf(removalDay.minusDays(2)));
        runCleanupJob();
        assertThat(historyOf(plan.getProcessInstanceId())).as("kept until its time to live has passed").isPositive();

        ClockUtil.setCurrentTime(nightOf(removalDay.plusDays(1)));
        runCleanupJob();
        assertThat(historyOf(plan.getProcessInstanceId())).as("removed the night after").isZero();
    }
}
