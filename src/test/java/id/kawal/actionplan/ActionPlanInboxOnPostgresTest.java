package id.kawal.actionplan;

import id.kawal.support.KawalPostgresIntegrationTest;

/** The same as {@link ActionPlanInboxTest} on PostgreSQL: the same order, count and cost. */
@KawalPostgresIntegrationTest
class ActionPlanInboxOnPostgresTest extends ActionPlanInboxTest {
}
