package id.kawal.identity;

import id.kawal.support.KawalPostgresIntegrationTest;

/** The same as {@link PasswordChangeTest} on PostgreSQL. */
@KawalPostgresIntegrationTest
class PasswordChangeOnPostgresTest extends PasswordChangeTest {
}
