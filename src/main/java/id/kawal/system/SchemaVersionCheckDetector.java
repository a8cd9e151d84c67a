package id.kawal.system;

import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/**
 * Makes the {@link SchemaVersionCheck} a step of database initialisation, in a batch after Liquibase's
 * (whose detector has order 0): it runs after the migrations, and everything that depends on the
 * database being initialised (Hibernate, the process engine, see {@link EngineAfterMigrationsDetector})
 * waits for it. Registered in {@code META-INF/spring.factories}.
 */
public class SchemaVersionCheckDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(SchemaVersionCheck.class);
    }

    @Override
    public int getOrder() {
        return 1;
    }
}
