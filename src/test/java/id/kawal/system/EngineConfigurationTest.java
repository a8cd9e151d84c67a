package id.kawal.system;

import static org.assertj.core.api.Assertions.assertThat;

import id.kawal.identity.EngineIdentityRules;
import id.kawal.support.KawalIntegrationTest;
import org.camunda.bpm.engine.impl.cfg.CompositeProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The app's engine is configured by {@link ReadAheadEngineConfiguration} in place of the Camunda starter's own bean,
 * and nothing the starter would have configured is lost: the context's engine plugins and the camunda.bpm settings.
 */
@KawalIntegrationTest
class EngineConfigurationTest {

    @Autowired ProcessEngineConfigurationImpl configuration;

    @Test
    void theEngineTakesMappingsReadAheadAndKeepsTheStartersPluginsAndSettings() {
        assertThat(configuration).isInstanceOf(ReadAheadEngineConfiguration.class);
        assertThat(configuration.getProcessEnginePlugins()).filteredOn(CompositeProcessEnginePlugin.class::isInstance)
                .singleElement().extracting(plugin -> ((CompositeProcessEnginePlugin) plugin).getPlugins())
                .asList().hasAtLeastOneElementOfType(EngineIdentityRules.class);
        assertThat(configuration.getDatabaseSchemaUpdate()).as("camunda.bpm.database.schema-update").isEqualTo("false");
        assertThat(configuration.getHistoryLevel()).isEqualTo(HistoryLevel.HISTORY_LEVEL_FULL);
        assertThat(configuration.getSqlSessionFactory().getConfiguration().getMappedStatementNames()).hasSizeGreaterThan(500);
    }
}
