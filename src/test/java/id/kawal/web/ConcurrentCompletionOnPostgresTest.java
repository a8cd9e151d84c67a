package id.kawal.web;

import id.kawal.support.KawalPostgresIntegrationTest;

/**
 * The same races as {@link ConcurrentCompletionTest}, on PostgreSQL, whose row locks and isolation differ from H2's;
 * 20 rounds of each by default (50 take two minutes more of every build), {@code kawal.concurrency.rounds.postgres}
 * for more.
 */
@KawalPostgresIntegrationTest
class ConcurrentCompletionOnPostgresTest extends ConcurrentCompletionTest {

    @Override
    int rounds() {
        return Integer.getInteger("kawal.concurrency.rounds.postgres", 20);
    }
}
