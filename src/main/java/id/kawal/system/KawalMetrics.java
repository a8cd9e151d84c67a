package id.kawal.system;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ExecutorServiceMetrics;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.spring.boot.starter.configuration.impl.DefaultJobConfiguration.JobConfiguration;
import org.camunda.bpm.spring.boot.starter.event.TaskEvent;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Kawal's own metrics, scraped at {@code /actuator/prometheus}: completed tasks and issued certificates
 * (counted when their transaction commits, so a step that failed and rolled back is not counted), and
 * the state of the engine's jobs, and the job executor's thread pool as {@code executor_*{name="camundaTaskExecutor"}}
 * (it exists only when {@code camunda.bpm.job-execution.enabled}, as in production but not in most tests).
 */
@Component
public class KawalMetrics {

    public static final String TASKS_COMPLETED = "kawal.tasks.completed";
    public static final String CERTIFICATES_ISSUED = "kawal.certificates.issued";

    private final MeterRegistry registry;
    private final RepositoryService repository;
    private final Map<String, String> processKeys = new ConcurrentHashMap<>();

    public KawalMetrics(MeterRegistry registry, ManagementService management, RuntimeService runtime,
            RepositoryService repository,
            @Qualifier(JobConfiguration.CAMUNDA_TASK_EXECUTOR_QUALIFIER) ObjectProvider<TaskExecutor> jobExecutorPool) {
        this.registry = registry;
        this.repository = repository;
        // Spring Boot measures the application's task executors, but not this one, which Camunda defines itself
        if (jobExecutorPool.getIfAvailable() instanceof ThreadPoolTaskExecutor pool) {
            new ExecutorServiceMetrics(pool.getThreadPoolExecutor(), JobConfiguration.CAMUNDA_TASK_EXECUTOR_QUALIFIER,
                    List.of()).bindTo(registry);
        }
        // each scrape asks the database; three counts on indexed columns
        Gauge.builder("kawal.jobs.executable", management, m -> m.createJobQuery().executable().active().count())
                .description("Jobs due now with retries left, waiting for the job executor")
                .register(registry);
        Gauge.builder("kawal.jobs.failed", management, m -> m.createJobQuery().noRetriesLeft().count())
                .description("Jobs that failed and have no retries left")
                .register(registry);
        Gauge.builder("kawal.incidents.open", runtime, r -> r.createIncidentQuery().count())
                .description("Open incidents of the process engine")
                .register(registry);
    }

    /** Camunda publishes every user task event as a Spring event (camunda.bpm.eventing.task), inside the engine's transaction. */
    @EventListener(condition = "#event.eventName == '" + TaskListener.EVENTNAME_COMPLETE + "'")
    public void taskCompleted(TaskEvent event) {
        Counter counter = Counter.builder(TASKS_COMPLETED)
                .description("User tasks completed, by process and task definition key")
                .tag("process", processKey(event.getProcessDefinitionId()))
                .tag("task", String.valueOf(event.getTaskDefinitionKey()))
                .register(registry);
        afterCommit(counter::increment);
    }

    /** Counts a certificate of this kind once the issuing transaction commits; certificate calls it on each issue. */
    public void certificateIssued(String kind) {
        Counter counter = Counter.builder(CERTIFICATES_ISSUED)
                .description("Certificates issued, by kind")
                .tag("kind", kind)
                .register(registry);
        afterCommit(counter::increment);
    }

    private String processKey(String processDefinitionId) {
        if (processDefinitionId == null) {
            return "none";
        }
        String key = processKeys.get(processDefinitionId);
        if (key == null) {
            // from the engine's deployment cache, within the command that completes the task
            key = repository.getProcessDefinition(processDefinitionId).getKey();
            processKeys.put(processDefinitionId, key);
        }
        return key;
    }

    /**
     * Every step of Kawal runs in a Spring transaction (the engine joins it), so the count waits for the
     * commit; without one there is nothing left to wait for.
     */
    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
