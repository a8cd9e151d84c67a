package id.kawal.system.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * The browser sessions' store: Spring Session's JDBC store as Spring Boot configures it, handed to the sessions'
 * filter behind {@link SessionTouchThrottle}, so that a request writes the session only when something changed.
 * (A store bean of our own would make Spring Boot leave its JDBC session configuration out.)
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfig {

    @Bean
    static BeanPostProcessor sessionTouchThrottle() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JdbcIndexedSessionRepository store ? new SessionTouchThrottle(store) : bean;
            }
        };
    }
}
