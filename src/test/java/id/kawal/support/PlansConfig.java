package id.kawal.support;

import id.kawal.actionplan.ActionPlanRepository;
import id.kawal.actionplan.ActionPlanWorkflow;
import id.kawal.actionplan.CohortRepository;
import id.kawal.actionplan.CohortService;
import id.kawal.competition.CompetitionService;
import id.kawal.identity.UserAccountService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.support.TransactionTemplate;

@TestConfiguration
public class PlansConfig {

    /** Static, so that it wraps the data source before anything uses it. */
    @Bean
    static SqlStatements sqlStatements() {
        return new SqlStatements();
    }

    @Bean
    Plans plans(CohortService cohorts, CohortRepository cohortRepository, ActionPlanWorkflow workflow,
            ActionPlanRepository plans, TaskService tasks, TransactionTemplate transaction, UserAccountService accounts) {
        return new Plans(cohorts, cohortRepository, workflow, plans, tasks, transaction, accounts);
    }

    @Bean
    Rounds rounds(CompetitionService competitions, ManagementService management, TaskService tasks) {
        return new Rounds(competitions, management, tasks);
    }
}
