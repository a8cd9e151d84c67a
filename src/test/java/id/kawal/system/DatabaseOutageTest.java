package id.kawal.system;

import static id.kawal.actionplan.ActionPlanProcess.DRAFT_PROPOSAL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import id.kawal.KawalApplication;
import id.kawal.actionplan.ActionPlan;
import id.kawal.actionplan.ActionPlanRepository;
import id.kawal.actionplan.ActionPlanWorkflow;
import id.kawal.actionplan.Stage;
import id.kawal.certificate.CertificateService;
import id.kawal.document.DocumentService;
import id.kawal.support.Http;
import id.kawal.support.Plans;
import id.kawal.support.StoppablePostgres;
import id.kawal.support.TestPostgres;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * PostgreSQL goes away while Kawal runs, in the middle of a step, and comes back: meanwhile pages and the
 * API answer 503 (never 500), the step left nothing half-done, and afterwards the same requests, with the
 * same browser session, succeed again without restarting Kawal.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseOutageTest {

    @TempDir
    Path data;

    @Test
    void whileTheDatabaseIsAwayKawalAnswers503AndItRecoversByItselfWhenItReturns(CapturedOutput output) {
        try (StoppablePostgres postgres = new StoppablePostgres(data).start();
                ConfigurableApplicationContext app = new SpringApplicationBuilder(KawalApplication.class).run(
                        "--server.port=0", "--spring.profiles.active=demo", "--camunda.bpm.job-execution.enabled=false",
                        "--spring.datasource.url=" + postgres.createDatabase("kawal_outage"),
                        "--spring.datasource.username=" + TestPostgres.USER, "--spring.datasource.password=",
                        // a request gives up on the pool sooner than in production, to keep the test short
                        "--spring.datasource.hikari.connection-timeout=2000")) {
            String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
            Http browser = new Http(base);
            browser.login("peserta5", "demo");
            assertThat(browser.get("/").statusCode()).isEqualTo(200);
            assertThat(browser.get("/api/me/tasks", "peserta5").statusCode()).isEqualTo(200);
            String serial = app.getBean(CertificateService.class).ofHolder("peserta1").get(0).getSerial();

            ActionPlanRepository planRepository = app.getBean(ActionPlanRepository.class);
            ActionPlan plan = planRepository.findByParticipantOrderByIdDesc("peserta5").get(0);
            TaskService tasks = app.getBean(TaskService.class);
            String draft = tasks.createTaskQuery().processInstanceId(plan.getProcessInstanceId())
                    .taskDefinitionKey(DRAFT_PROPOSAL).singleResult().getId();
            TransactionTemplate transaction = app.getBean(TransactionTemplate.class);
            int eventsBefore = transaction.execute(s -> planRepository.findById(plan.getId()).orElseThrow().getEvents().size());

            // the proposal is saved and its task completed in one transaction; the database stops before the commit
            Throwable midStep = catchThrowable(() -> transaction.executeWithoutResult(status -> {
                app.getBean(ActionPlanWorkflow.class).submitProposal(draft, "peserta5", Plans.proposal(2),
                        List.of(Plans.pdf("proposal.pdf")));
                postgres.stop();
            }));
            assertThat(midStep).isNotNull();
            assertThat(DatabaseFaults.isUnavailable(midStep)).as("%s", midStep).isTrue();

            HttpResponse<String> page = browser.get("/");
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.headers().firstValue("Retry-After")).contains("10");
            assertThat(page.body()).contains("Basis data tidak dapat dihubungi");
            assertThat(browser.get("/?lang=en").body()).contains("The database cannot be reached");
            HttpResponse<String> api = browser.get("/api/me/tasks", "peserta5");
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.headers().firstValue("Content-Type")).contains("application/problem+json");
            assertThat(api.body()).contains("\"status\":503");
            // public pages and API reach the controllers (no session, no login) and fail there
            assertThat(browser.get("/verify/" + serial).statusCode()).isEqualTo(503);
            assertThat(new Http(base).get("/api/public/verify/" + serial).statusCode()).isEqualTo(503);
            assertThat(output.getOut()).contains("Database unavailable: answered GET / with 503");

            postgres.start();

            // the pool finds the database again within its retry interval (at most 5 s), nobody restarts anything
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1))
                    .untilAsserted(() -> assertThat(browser.get("/").statusCode())
                            .as("the same session, after the database returned").isEqualTo(200));
            assertThat(browser.get("/api/me/tasks", "peserta5").statusCode()).isEqualTo(200);
            // nothing of the interrupted step is left: not the task's completion, not the proposal, not its file
            assertThat(tasks.createTaskQuery().taskId(draft).count()).as("the task is still open").isEqualTo(1);
            transaction.executeWithoutResult(s -> {
                ActionPlan unchanged = planRepository.findById(plan.getId()).orElseThrow();
                assertThat(unchanged.getStage()).isEqualTo(Stage.PROPOSAL);
                assertThat(unchanged.getTitle()).isNotEqualTo(Plans.proposal(2).getTitle());
                assertThat(unchanged.getMilestones()).isEmpty();
                assertThat(unchanged.getEvents()).hasSize(eventsBefore);
            });
            assertThat(app.getBean(DocumentService.class).ofActionPlan(plan.getId())).isEmpty();
            // and the step can simply be done again
            app.getBean(ActionPlanWorkflow.class).submitProposal(draft, "peserta5", Plans.proposal(2),
                    List.of(Plans.pdf("proposal.pdf")));
            assertThat(tasks.createTaskQuery().taskId(draft).count()).isZero();
        }
    }
}
