package id.kawal.identity;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/** The engine's identity store follows Kawal's rules for usernames and for failed logins. */
@Component
public class EngineIdentityRules extends AbstractProcessEnginePlugin {

    static final String GROUP_PATTERN = "[a-zA-Z0-9]+(-[a-zA-Z0-9]+)*";

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // the engine's default ([a-zA-Z0-9]+) refused the dots, hyphens and underscores enrolment accepts;
        // group ids: the engine's default plus words joined by hyphens, as opd-head and camunda-admin are
        configuration.setUserResourceWhitelistPattern(Usernames.PATTERN);
        configuration.setGroupResourceWhitelistPattern(GROUP_PATTERN);
        // Failed logins are throttled by Kawal (LoginThrottle: per user and per address, in the database, never
        // longer than 15 minutes). The engine's own counter would lock a user for good after loginMaxAttempts
        // (10) failures, so anyone could lock out any account: its limit is put out of reach (2^31 - 1 failures,
        // more than the throttle lets through in thousands of years) and its own delay to zero.
        configuration.setLoginMaxAttempts(Integer.MAX_VALUE);
        configuration.setLoginDelayMaxTime(0);
    }
}
