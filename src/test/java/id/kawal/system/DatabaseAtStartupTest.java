package id.kawal.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import id.kawal.KawalApplication;
import id.kawal.identity.UserAccountService;
import id.kawal.support.StoppablePostgres;
import id.kawal.support.TestPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/** A database that is not there yet when Kawal starts: Kawal waits for it, for a while, and says so. */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseAtStartupTest {

    @TempDir
    Path data;

    private static ConfigurableApplicationContext start(String url, String... more) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--camunda.bpm.job-execution.enabled=false",
                "--kawal.demo.enabled=false", "--kawal.admin.password=a-long-secret-1", "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + TestPostgres.USER));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(KawalApplication.class).run(args.toArray(String[]::new));
    }

    @Test
    void kawalWaitsForADatabaseThatComesUpAfterItAndThenStarts(CapturedOutput output) throws Exception {
        try (StoppablePostgres postgres = new StoppablePostgres(data)) {
            String url = postgres.jdbcUrl("postgres");
            CompletableFuture<ConfigurableApplicationContext> app = CompletableFuture.supplyAsync(() -> start(url));
            await().atMost(Duration.ofMinutes(2)).until(() -> output.getOut().contains("Database " + url + " is not reachable"));
            assertThat(output.getOut()).contains("Kawal waits up to 120 s for it (kawal.database.startup-wait)");
            Thread.sleep(3000);
            assertThat(app).as("still waiting, a few attempts later").isNotDone();

            postgres.start();
            try (ConfigurableApplicationContext started = app.get(5, TimeUnit.MINUTES)) {
                assertThat(started.isActive()).isTrue();
                assertThat(started.getBean(UserAccountService.class).exists("admin")).isTrue();
            }
        }
    }

    @Test
    void withoutADatabaseKawalGivesUpAfterTheConfiguredWaitWithAClearMessage(CapturedOutput output) {
        String url = "jdbc:postgresql://localhost:" + StoppablePostgres.freePort() + "/kawal";
        long began = System.nanoTime();
        assertThatThrownBy(() -> start(url, "--kawal.database.startup-wait=1s", "--spring.datasource.password=geheim-pw-123"))
                .isInstanceOf(StartupRefusedException.class)
                .hasMessageContaining("Database " + url + " is still not reachable after 1 s (kawal.database.startup-wait=PT1S)")
                .hasMessageContaining("Connection refused")
                .hasMessageContaining("Start the database, or check spring.datasource.url (KAWAL_DB_URL)");
        assertThat(Duration.ofNanos(System.nanoTime() - began)).isLessThan(Duration.ofSeconds(30));
        assertThat(output.getOut()).contains("APPLICATION FAILED TO START").contains("Kawal waits up to 1 s")
                .doesNotContain("geheim-pw-123");
    }
}
