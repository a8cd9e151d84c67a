package id.kawal.system;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the domain, in the users' zone (WIB), so that tests can fix the time. */
@Configuration
public class ClockConfig {

    public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    @Bean
    Clock clock() {
        return Clock.system(ZONE);
    }
}
