package id.kawal.system.web;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Both 503 filters run before everything else, in particular before Spring Session's filter (which
 * reads the session from the database) and Spring Security's.
 */
@Configuration
public class UnavailabilityFilters {

    @Bean
    FilterRegistrationBean<StartupGateFilter> startupGateFilter(ApplicationAvailability availability,
            ServiceUnavailable unavailable) {
        FilterRegistrationBean<StartupGateFilter> registration =
                new FilterRegistrationBean<>(new StartupGateFilter(availability, unavailable));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter(ServiceUnavailable unavailable) {
        FilterRegistrationBean<DatabaseUnavailableFilter> registration =
                new FilterRegistrationBean<>(new DatabaseUnavailableFilter(unavailable));
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 10);
        return registration;
    }
}
