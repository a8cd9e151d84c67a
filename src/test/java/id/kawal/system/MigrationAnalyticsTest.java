package id.kawal.system;

import static org.assertj.core.api.Assertions.assertThat;

import id.kawal.support.KawalIntegrationTest;
import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Liquibase (4.30 and later) sends usage data to liquibase.com unless told not to, and fetches its analytics
 * settings from there at every run first. Kawal's migrations tell it not to: a government server does not report to
 * a vendor, and a start does not wait on a host the network may drop.
 */
@KawalIntegrationTest
class MigrationAnalyticsTest {

    @Autowired SpringLiquibase liquibase;

    @Test
    void theMigrationsRunWithLiquibaseAnalyticsOff() {
        assertThat(liquibase.getAnalyticsEnabled()).isFalse();
    }
}
