package id.kawal.system;

import static id.kawal.actionplan.ActionPlanProcess.*;
import static org.assertj.core.api.Assertions.assertThat;

import id.kawal.KawalApplication;
import id.kawal.actionplan.ActionPlan;
import id.kawal.actionplan.ActionPlanRepository;
import id.kawal.actionplan.ActionPlanWorkflow;
import id.kawal.actionplan.CohortRepository;
import id.kawal.actionplan.CohortService;
import id.kawal.actionplan.Stage;
import id.kawal.actionplan.StageReportForm;
import id.kawal.document.DocumentService;
import id.kawal.identity.UserAccountService;
import id.kawal.support.Plans;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import id.kawal.support.TestPostgres;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A running case, its documents and history survive a restart: with the default H2 file database,
 * and with PostgreSQL.
 */
class RestartPersistenceTest {

    @TempDir
    Path data;

    enum Database { H2_FILE, POSTGRESQL }

    private static ConfigurableApplicationContext start(String... databaseArguments) {
        List<String> args = new ArrayList<>(List.of(databaseArguments));
        args.addAll(List.of("--server.port=0", "--spring.profiles.active=demo", "--camunda.bpm.job-execution.enabled=false"));
        return new SpringApplicationBuilder(KawalApplication.class).run(args.toArray(String[]::new));
    }

    private String[] databaseArguments(Database database) {
        return switch (database) {
            case H2_FILE -> new String[] {"--spring.datasource.url=jdbc:h2:file:" + data.resolve("kawal") + ";DB_CLOSE_ON_EXIT=FALSE"};
            case POSTGRESQL -> new String[] {"--spring.datasource.url=" + TestPostgres.newDatabase("kawal_restart"),
                    "--spring.datasource.username=" + TestPostgres.USER, "--spring.datasource.password="};
        };
    }

    private static Plans plans(ConfigurableApplicationContext app) {
        return new Plans(app.getBean(CohortService.class), app.getBean(CohortRepository.class),
                app.getBean(ActionPlanWorkflow.class), app.getBean(ActionPlanRepository.class),
                app.getBean(TaskService.class), app.getBean(TransactionTemplate.class),
                app.getBean(UserAccountService.class));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aRunningActionPlanItsDocumentsAndItsHistoryAreThereAfterARestart(Database database) {
        String[] db = databaseArguments(database);
        Long planId;
        String documentSha;
        try (ConfigurableApplicationContext first = start(db)) {
            Plans plans = plans(first);
            ActionPlan plan = plans.enrol();
            plans.toTrial(plan, 2);
            var evidence = Plans.pdf("bukti.pdf");
            first.getBean(ActionPlanWorkflow.class).reportMilestone(plans.task(plan, REPORT_MILESTONE),
                    plan.getParticipant(), new StageReportForm("tonggak 1"), List.of(evidence));
            planId = plan.getId();
            documentSha = DocumentService.sha256(evidence.getBytes());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }

        try (ConfigurableApplicationContext second = start(db)) {
            Plans plans = plans(second);
            ActionPlan plan = plans.reload(second.getBean(ActionPlanRepository.class).findById(planId).orElseThrow());
            assertThat(plan.getStage()).isEqualTo(Stage.TRIAL);
            assertThat(plan.getEvents()).hasSizeGreaterThan(3);
            assertThat(second.getBean(DocumentService.class).ofActionPlan(planId))
                    .singleElement().satisfies(d -> assertThat(d.getSha256()).isEqualTo(documentSha));
            // the engine waits where it waited: one milestone under review, one still to report
            assertThat(plans.task(plan, REVIEW_MILESTONE)).isNotNull();
            assertThat(plans.task(plan, REPORT_MILESTONE)).isNotNull();
            assertThat(second.getBean(CohortRepository.class).count()).as("the demo is not loaded twice").isEqualTo(1);
        }
    }
}
