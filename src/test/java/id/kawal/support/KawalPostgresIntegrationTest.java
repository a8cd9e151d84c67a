package id.kawal.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * As {@link KawalIntegrationTest}, on PostgreSQL: a new database on the embedded server, migrated
 * from empty by the changelog, with the demo loaded (the {@code demo} profile). Every test class with it shares one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "camunda.bpm.job-execution.enabled=false")
@ContextConfiguration(initializers = PostgresDatabaseInitializer.class)
@AutoConfigureMockMvc
@ActiveProfiles("demo")
@Import(PlansConfig.class)
public @interface KawalPostgresIntegrationTest {
}
