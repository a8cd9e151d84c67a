package id.kawal.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

class KawalMetricsTest {

    @Test
    void theJobExecutorsThreadPoolIsMeasuredWhenTheJobExecutorRuns() {
        ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
        pool.setCorePoolSize(3);
        pool.setMaxPoolSize(10);
        pool.initialize();
        try {
            SimpleMeterRegistry registry = new SimpleMeterRegistry();
            new KawalMetrics(registry, mock(ManagementService.class), mock(RuntimeService.class),
                    mock(RepositoryService.class),
                    new StaticListableBeanFactory(Map.of("camundaTaskExecutor", pool)).getBeanProvider(TaskExecutor.class));
            assertThat(registry.get("executor.pool.max").tag("name", "camundaTaskExecutor").gauge().value()).isEqualTo(10);
            assertThat(registry.get("executor.pool.core").tag("name", "camundaTaskExecutor").gauge().value()).isEqualTo(3);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void withoutAJobExecutorThereIsNoPoolToMeasure() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        new KawalMetrics(registry, mock(ManagementService.class), mock(RuntimeService.class), mock(RepositoryService.class),
                new StaticListableBeanFactory().getBeanProvider(TaskExecutor.class));
        assertThat(registry.find("executor.pool.max").gauges()).isEmpty();
        assertThat(registry.find("kawal.jobs.executable").gauge()).isNotNull();
    }
}
