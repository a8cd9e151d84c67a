package id.kawal.system;

import java.util.List;
import org.apache.ibatis.mapping.Environment;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.defaults.DefaultSqlSessionFactory;
import org.camunda.bpm.engine.impl.cfg.CompositeProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.camunda.bpm.spring.boot.starter.util.CamundaSpringBootUtil;
import org.springframework.context.annotation.Bean;

/**
 * The engine's configuration as the Camunda starter makes it ({@code CamundaBpmConfiguration}: a
 * {@link SpringProcessEngineConfiguration} with the context's engine plugins), except that it takes the MyBatis
 * mappings read ahead by the start-up warm-up ({@link EngineMappings}) when they were read for its database type
 * and table prefix, instead of reading them again. Every other step of the engine's build is the starter's.
 */
public class ReadAheadEngineConfiguration extends SpringProcessEngineConfiguration {

    private final EngineMappings readAhead;

    /** Takes the mappings read ahead by this JVM's start-up warm-up. */
    public ReadAheadEngineConfiguration() {
        this(EngineMappings.SHARED);
    }

    ReadAheadEngineConfiguration(EngineMappings readAhead) {
        this.readAhead = readAhead;
    }

    @Override
    protected void initSqlSessionFactory() {
        if (sqlSessionFactory == null && !isUseSharedSqlSessionFactory) {
            Configuration mappings = readAhead.take(databaseType, databaseTablePrefix);
            if (mappings != null) {
                // what the engine's own initSqlSessionFactory sets around its reading of the same mappings
                mappings.setEnvironment(new Environment("default", transactionFactory, dataSource));
                mappings.setDefaultStatementTimeout(jdbcStatementTimeout);
                if (isJdbcBatchProcessing()) {
                    mappings.setDefaultExecutorType(ExecutorType.BATCH);
                }
                sqlSessionFactory = new DefaultSqlSessionFactory(mappings);
                return;
            }
        }
        super.initSqlSessionFactory();
    }

    /** Replaces the starter's bean of the same name (it is made only where the context has none). */
    @org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
    static class Config {

        @Bean
        ProcessEngineConfigurationImpl processEngineConfigurationImpl(List<ProcessEnginePlugin> plugins) {
            SpringProcessEngineConfiguration configuration =
                    CamundaSpringBootUtil.initCustomFields(new ReadAheadEngineConfiguration());
            configuration.getProcessEnginePlugins().add(new CompositeProcessEnginePlugin(plugins));
            return configuration;
        }
    }
}
