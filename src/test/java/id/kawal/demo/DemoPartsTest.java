package id.kawal.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.spy;

import id.kawal.KawalApplication;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.junit.jupiter.api.Test;

/**
 * The demo goes in as parts, each in a transaction of its own (the accounts, then the cohort and the competitions at
 * the same time, then the registry): a start that stops half-way leaves the parts that were in, and the next start
 * loads only the missing ones, so the demo ends up whole and nothing is there twice.
 */
class DemoPartsTest {

    private static final String DATABASE = "jdbc:h2:mem:kawal-demo-parts;DB_CLOSE_DELAY=-1";

    private static ConfigurableApplicationContext start(boolean competitionsFail) {
        AtomicBoolean failing = new AtomicBoolean(competitionsFail);
        return new SpringApplicationBuilder(KawalApplication.class).initializers(context ->
                context.getBeanFactory().addBeanPostProcessor(new BeanPostProcessor() {
                    @Override
                    public Object postProcessAfterInitialization(Object bean, String name) {
                        if (bean instanceof CompetitionDemo demo && failing.get()) {
                            // the process dies in the middle of the competitions: their transaction never commits
                            CompetitionDemo dying = spy(demo);
                            doThrow(new IllegalStateException("stopped half-way")).when(dying).load();
                            return dying;
                        }
                        return bean;
                    }
                })).run("--server.port=0", "--spring.profiles.active=demo", "--spring.datasource.url=" + DATABASE,
                        "--camunda.bpm.job-execution.enabled=false");
    }

    @Test
    void aDemoStoppedHalfWayIsCompletedByTheNextStartWithNothingTwice() throws Exception {
        assertThatThrownBy(() -> start(true)).hasStackTraceContaining("stopped half-way");
        try (Connection connection = DriverManager.getConnection(DATABASE, "sa", "")) {
            JdbcTemplate jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
            assertThat(count(jdbc, "select count(*) from cohort")).as("the cohort's part is in").isEqualTo(1);
            assertThat(count(jdbc, "select count(*) from competition")).as("the competitions' part is not").isZero();
        }

        try (ConfigurableApplicationContext second = start(false)) {
            JdbcTemplate jdbc = second.getBean(JdbcTemplate.class);
            assertThat(count(jdbc, "select count(*) from cohort")).as("the cohort, loaded by the first start").isEqualTo(1);
            assertThat(count(jdbc, "select count(*) from action_plan")).isEqualTo(DemoDataLoader.PARTICIPANTS.size());
            assertThat(count(jdbc, "select count(*) from competition")).as("the two rounds, loaded by the second start")
                    .isEqualTo(2);
            assertThat(count(jdbc, "select count(*) from ACT_ID_USER where ID_ in ('admin', 'peserta1', 'opd1', 'juri1', '"
                    + RegistryDemo.OPD_HEAD + "')")).as("each account once").isEqualTo(5);
            assertThat(count(jdbc, "select count(*) from innovation_handover")).as("the registry's part").isEqualTo(1);
            assertThat(count(jdbc, "select count(*) from certificate where kind = 'STTPP'")).as("one STTPP, not two")
                    .isEqualTo(1);
        }
    }

    private static long count(JdbcTemplate jdbc, String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
