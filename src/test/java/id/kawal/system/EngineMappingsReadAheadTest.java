package id.kawal.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.SqlSource;
import org.apache.ibatis.scripting.defaults.RawSqlSource;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The engine's MyBatis mappings read ahead on the start-up warm-up's thread ({@link EngineMappings}) and taken by the
 * engine ({@link ReadAheadEngineConfiguration}): the same mappings the engine reads itself, taken only for the
 * database they were read for, and never leaving an engine without mappings.
 */
class EngineMappingsReadAheadTest {

    private final ClassLoader classLoader = getClass().getClassLoader();
    private final EngineMappings mappings = new EngineMappings();
    private final List<ProcessEngine> engines = new ArrayList<>();

    @AfterEach
    void closeEngines() {
        engines.forEach(ProcessEngine::close);
    }

    @Test
    void theMappingsReadAheadAreTheOnesTheEngineReadsItself() throws Exception {
        Configuration ahead = EngineMappings.read("h2", "", classLoader);
        Configuration own = configurationOf(engine(new SpringProcessEngineConfiguration()));

        assertThat(ahead).isNotSameAs(own);
        assertThat(ahead.getMappedStatementNames()).hasSizeGreaterThan(500)
                .containsExactlyInAnyOrderElementsOf(own.getMappedStatementNames());
        assertThat(ahead.getResultMapNames()).containsExactlyInAnyOrderElementsOf(own.getResultMapNames());
        assertThat(staticSql(ahead)).isNotEmpty().isEqualTo(staticSql(own));
    }

    @Test
    void theMappingsDependOnTheDatabaseType() throws Exception {
        assertThat(staticSql(EngineMappings.read("postgres", "", classLoader)))
                .isNotEqualTo(staticSql(EngineMappings.read("h2", "", classLoader)));
    }

    @Test
    void anEngineTakesTheMappingsReadAheadForItsDatabaseAndWorksWithThem() throws Exception {
        assertThat(mappings.announce("h2", "")).isTrue();
        Configuration ahead = mappings.readAnnounced(classLoader);

        ProcessEngine engine = engine(new ReadAheadEngineConfiguration(mappings));

        assertThat(configurationOf(engine)).isSameAs(ahead);
        assertThat(configurationOf(engine).getEnvironment().getDataSource()).isNotNull();
        runAProcess(engine);
    }

    @Test
    void anEngineOnAnotherDatabaseReadsItsOwnMappings() throws Exception {
        mappings.announce("postgres", "");
        Configuration ahead = mappings.readAnnounced(classLoader);

        ProcessEngine engine = engine(new ReadAheadEngineConfiguration(mappings));

        assertThat(configurationOf(engine)).isNotSameAs(ahead);
        runAProcess(engine);
    }

    @Test
    void anEngineWithAnotherTablePrefixReadsItsOwnMappings() throws Exception {
        mappings.announce("h2", "other_");
        mappings.readAnnounced(classLoader);

        assertThat(mappings.take("h2", "")).isNull();
    }

    @Test
    void anEngineThatComesBeforeTheReadingBeganReadsItsOwnAndTheReadingDoesNotBegin() throws Exception {
        mappings.announce("h2", "");

        ProcessEngine engine = engine(new ReadAheadEngineConfiguration(mappings));

        assertThat(configurationOf(engine).getMappedStatementNames()).isNotEmpty();
        assertThat(mappings.readAnnounced(classLoader)).isNull();
        runAProcess(engine);
    }

    @Test
    void anEngineThatComesWhileTheMappingsAreReadWaitsForThem() throws Exception {
        mappings.announce("h2", "");
        CompletableFuture<Configuration> reading = CompletableFuture.supplyAsync(() -> {
            try {
                return mappings.readAnnounced(classLoader);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!mappings.reading() && !reading.isDone() && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }

        Configuration taken = mappings.take("h2", "");

        assertThat(taken).isNotNull().isSameAs(reading.get(60, TimeUnit.SECONDS));
        assertThat(mappings.take("h2", "")).as("taken once").isNull();
    }

    @Test
    void aReadingThatFailedLeavesTheEngineToReadItsOwn() {
        mappings.announce("h2", "");
        ClassLoader withoutTheEngine = new ClassLoader(null) {
        };

        assertThatThrownBy(() -> mappings.readAnnounced(withoutTheEngine)).isInstanceOf(IllegalStateException.class);
        assertThat(mappings.take("h2", "")).isNull();
    }

    @Test
    void noMappingsAreTakenWhereNoneWereAnnounced() {
        assertThat(mappings.take("h2", "")).isNull();
        assertThat(mappings.announce("h2", "")).isTrue();
        assertThat(mappings.announce("h2", "")).as("announced once").isFalse();
    }

    @Test
    void theDatabaseTypeIsTheEnginesNameForTheJdbcUrl() {
        assertThat(EngineMappings.databaseType("jdbc:h2:file:./data/kawal;AUTO_SERVER=FALSE")).isEqualTo("h2");
        assertThat(EngineMappings.databaseType("jdbc:postgresql://db:5432/kawal")).isEqualTo("postgres");
        assertThat(EngineMappings.databaseType("jdbc:oracle:thin:@db:1521/kawal")).isNull();
        assertThat(EngineMappings.databaseType(null)).isNull();
    }

    private ProcessEngine engine(SpringProcessEngineConfiguration configuration) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:mappings-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        configuration.setDataSource(dataSource);
        configuration.setTransactionManager(new DataSourceTransactionManager(configuration.getDataSource()));
        GenericApplicationContext context = new GenericApplicationContext();
        context.refresh();
        configuration.setApplicationContext(context);
        configuration.setDatabaseSchemaUpdate("true");
        configuration.setJobExecutorActivate(false);
        configuration.setProcessEngineName("mappings-" + UUID.randomUUID());
        ProcessEngine engine = configuration.buildProcessEngine();
        engines.add(engine);
        return engine;
    }

    private static Configuration configurationOf(ProcessEngine engine) {
        return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getSqlSessionFactory()
                .getConfiguration();
    }

    /** The SQL of every statement whose SQL is fixed when the mappings are read. */
    private static Map<String, String> staticSql(Configuration configuration) {
        Map<String, String> sql = new TreeMap<>();
        for (Object statement : configuration.getMappedStatements()) {
            if (statement instanceof MappedStatement mapped) {
                SqlSource source = mapped.getSqlSource();
                if (source instanceof RawSqlSource) {
                    sql.put(mapped.getId(), source.getBoundSql(null).getSql());
                }
            }
        }
        return sql;
    }

    private static void runAProcess(ProcessEngine engine) {
        engine.getRepositoryService().createDeployment().addModelInstance("probe.bpmn",
                Bpmn.createExecutableProcess("probe").startEvent().userTask("check").endEvent().done()).deploy();
        engine.getRuntimeService().startProcessInstanceByKey("probe");
        assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey("check").count()).isEqualTo(1);
    }
}
