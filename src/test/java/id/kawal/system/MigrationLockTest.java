package id.kawal.system;

import static org.assertj.core.api.Assertions.assertThat;

import id.kawal.support.TestPostgres;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** Nodes that start at the same moment on an empty PostgreSQL migrate it one after the other, all successfully. */
class MigrationLockTest {

    @RepeatedTest(3)
    void nodesStartingTogetherOnAnEmptyDatabaseAllMigrateItOnce() throws Exception {
        String url = TestPostgres.newDatabase("kawal_migration_race");
        int nodes = 3;
        CyclicBarrier together = new CyclicBarrier(nodes);
        ExecutorService pool = Executors.newFixedThreadPool(nodes);
        List<Future<?>> started = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            started.add(pool.submit(() -> {
                MigrationLock lock = new MigrationLock();
                SpringLiquibase liquibase = new SpringLiquibase();
                liquibase.setDataSource(new DriverManagerDataSource(url, TestPostgres.USER, ""));
                liquibase.setChangeLog("classpath:db/changelog/kawal-changelog.xml");
                liquibase.setResourceLoader(new DefaultResourceLoader());
                together.await();
                lock.postProcessBeforeInitialization(liquibase, "liquibase");
                liquibase.afterPropertiesSet();
                lock.postProcessAfterInitialization(liquibase, "liquibase");
                return null;
            }));
        }
        for (Future<?> node : started) {
            node.get(); // each node's migration succeeded
        }
        pool.shutdown();

        JdbcTemplate db = new JdbcTemplate(new DriverManagerDataSource(url, TestPostgres.USER, ""));
        assertThat(db.queryForObject("select count(*) from databasechangelog where id = '003-app-lock'", Integer.class)).isEqualTo(1);
        assertThat(db.queryForObject("select count(*) - count(distinct filename || id) from databasechangelog", Integer.class)).isZero();
        assertThat(db.queryForObject("select count(*) from app_lock", Integer.class)).isEqualTo(1);
        assertThat(db.queryForObject("select count(*) from pg_locks where locktype = 'advisory'", Integer.class)).isZero();
    }
}
