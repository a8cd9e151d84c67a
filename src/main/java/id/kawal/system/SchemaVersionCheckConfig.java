package id.kawal.system;

import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.liquibase.LiquibaseProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;

/** The schema check, with the changelog settings Spring Boot's Liquibase uses (bound here too: with migrations off, Boot binds none). */
@Configuration(proxyBeanMethods = false)
@Import(DatabaseInitializationDependencyConfigurer.class)
public class SchemaVersionCheckConfig {

    @Bean
    SchemaVersionCheck schemaVersionCheck(DataSource dataSource, Environment environment, ResourceLoader resources,
            KawalProperties properties) {
        LiquibaseProperties liquibase = Binder.get(environment).bind("spring.liquibase", LiquibaseProperties.class)
                .orElseGet(LiquibaseProperties::new);
        return new SchemaVersionCheck(dataSource, liquibase, resources, properties.database().migrate());
    }
}
