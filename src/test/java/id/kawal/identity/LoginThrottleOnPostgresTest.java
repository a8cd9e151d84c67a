package id.kawal.identity;

import id.kawal.support.KawalPostgresIntegrationTest;

/** The same as {@link LoginThrottleTest} on PostgreSQL: the counts and waits in its own table, as the nodes share them. */
@KawalPostgresIntegrationTest
class LoginThrottleOnPostgresTest extends LoginThrottleTest {
}
