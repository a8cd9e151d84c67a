package id.kawal.competition;

import id.kawal.support.KawalPostgresIntegrationTest;

/** The same walks as {@link CompetitionWalkIntegrationTest}, on PostgreSQL migrated from empty. */
@KawalPostgresIntegrationTest
class CompetitionWalkOnPostgresTest extends CompetitionWalkIntegrationTest {
}
