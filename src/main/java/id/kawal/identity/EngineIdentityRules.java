package id.kawal.identity;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** The engine's identity store follows Kawal's rules for usernames. */
@Component
public class EngineIdentityRules extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // the engine's default ([a-zA-Z0-9]+) refused the dots, hyphens and underscores enrolment accepts;
        // group ids keep the engine's strict default
        configuration.setUserResourceWhitelistPattern(Usernames.PATTERN);
    }
}
