package id.kawal.web;

import id.kawal.support.KawalPostgresIntegrationTest;

/**
 * The same as {@link TaskClaimTest} on PostgreSQL, which refuses any write in the read-only
 * transaction a task page is shown in.
 */
@KawalPostgresIntegrationTest
class TaskClaimOnPostgresTest extends TaskClaimTest {
}
