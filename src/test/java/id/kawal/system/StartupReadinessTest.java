package id.kawal.system;

import static org.assertj.core.api.Assertions.assertThat;

import id.kawal.KawalApplication;
import id.kawal.support.Http;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;

/**
 * Tomcat answers while the demo and the first administrator are still being created (they are
 * ApplicationRunners, after the server started). Until they exist Kawal is not ready and says so: the
 * readiness probe is down, pages and the API answer 503 "Kawal sedang dimulai". Liveness is up all along.
 */
class StartupReadinessTest {

    /** Runs before the demo loader and holds start-up there until the test lets it go on. */
    static final class HoldBack implements ApplicationRunner, Ordered {

        final CountDownLatch reached = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public void run(ApplicationArguments args) throws Exception {
            reached.countDown();
            release.await(5, TimeUnit.MINUTES);
        }

        @Override
        public int getOrder() {
            return Ordered.HIGHEST_PRECEDENCE;
        }
    }

    @Test
    void untilTheDemoAndTheAdministratorExistKawalIsNotReadyAndAnswers503() throws Exception {
        HoldBack holdBack = new HoldBack();
        AtomicReference<ConfigurableApplicationContext> starting = new AtomicReference<>();
        SpringApplicationBuilder builder = new SpringApplicationBuilder(KawalApplication.class).initializers(context -> {
            starting.set(context);
            context.getBeanFactory().registerSingleton("holdBack", holdBack);
        });
        CompletableFuture<ConfigurableApplicationContext> started = CompletableFuture.supplyAsync(() -> builder.run(
                "--server.port=0", "--spring.profiles.active=demo", "--spring.datasource.url=jdbc:h2:mem:kawal-readiness;DB_CLOSE_DELAY=-1",
                "--camunda.bpm.job-execution.enabled=false"));
        try {
            assertThat(holdBack.reached.await(5, TimeUnit.MINUTES)).as("start-up reached the runners").isTrue();
            Http http = new Http("http://localhost:" + starting.get().getEnvironment().getProperty("local.server.port"));

            HttpResponse<String> readiness = http.get("/actuator/health/readiness");
            assertThat(readiness.statusCode()).isEqualTo(503);
            assertThat(readiness.body()).contains("OUT_OF_SERVICE");
            assertThat(http.get("/actuator/health/liveness").statusCode()).isEqualTo(200);

            HttpResponse<String> login = http.get("/login");
            assertThat(login.statusCode()).isEqualTo(503);
            assertThat(login.headers().firstValue("Retry-After")).contains("5");
            assertThat(login.body()).contains("Kawal sedang dimulai").doesNotContain("password");
            HttpResponse<String> api = http.get("/api/me/tasks", "peserta1");
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.headers().firstValue("Content-Type")).contains("application/problem+json");

            holdBack.release.countDown();
            try (ConfigurableApplicationContext app = started.get(5, TimeUnit.MINUTES)) {
                assertThat(http.get("/actuator/health/readiness").body()).contains("\"UP\"");
                assertThat(http.get("/login").statusCode()).isEqualTo(200);
                // ready means the demo accounts exist
                assertThat(http.get("/api/me/tasks", "peserta1").statusCode()).isEqualTo(200);
                assertThat(http.get("/api/me/tasks", "admin").statusCode()).isEqualTo(200);
            }
        } finally {
            holdBack.release.countDown();
        }
    }
}
