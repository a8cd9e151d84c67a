package id.kawal.support;

import javax.sql.DataSource;
import liquibase.integration.spring.SpringLiquibase;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A new database on the embedded PostgreSQL, migrated by Kawal's changelog as the app would, without the app. */
public final class MigratedPostgres {

    private MigratedPostgres() {
    }

    public static DataSource newDatabase(String prefix) {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(TestPostgres.newDatabase(prefix), TestPostgres.USER, "");
        SpringLiquibase liquibase = new SpringLiquibase();
        liquibase.setDataSource(dataSource);
        liquibase.setChangeLog("classpath:db/changelog/kawal-changelog.xml");
        liquibase.setResourceLoader(new DefaultResourceLoader());
        try {
            liquibase.afterPropertiesSet();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot migrate " + prefix, e);
        }
        return dataSource;
    }
}
