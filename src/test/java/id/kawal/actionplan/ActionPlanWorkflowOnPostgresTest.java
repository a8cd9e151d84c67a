package id.kawal.actionplan;

import id.kawal.support.KawalPostgresIntegrationTest;

/** The same walks as {@link ActionPlanWorkflowIntegrationTest}, on PostgreSQL migrated from empty. */
@KawalPostgresIntegrationTest
class ActionPlanWorkflowOnPostgresTest extends ActionPlanWorkflowIntegrationTest {
}
