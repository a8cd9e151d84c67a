package id.kawal.web;

import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The start-up gate runs before everything else, in particular before Spring Session's and Spring Security's filters. */
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
}
