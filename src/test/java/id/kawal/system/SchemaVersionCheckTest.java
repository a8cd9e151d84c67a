package id.kawal.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kawal.KawalApplication;
import id.kawal.support.TestPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A node refuses to start on a database schema older or newer than its code, and names the changeset.
 * With {@code kawal.database.migrate=false} it never migrates, it only checks.
 */
class SchemaVersionCheckTest {

    private static ConfigurableApplicationContext start(String url, String... more) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--camunda.bpm.job-execution.enabled=false",
                "--kawal.demo.enabled=false", "--kawal.admin.password=a-long-secret-1", "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + TestPostgres.USER));
        args.addAll(List.of(more));
        return new SpringApplicationBuilder(KawalApplication.class).run(args.toArray(String[]::new));
    }

    private static void sql(String url, String statement) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, TestPostgres.USER, ""); Statement s = c.createStatement()) {
            s.execute(statement);
        }
    }

    private static long count(String url, String query) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, TestPostgres.USER, ""); Statement s = c.createStatement();
                ResultSet r = s.executeQuery(query)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void withMigrationsOffAnEmptyDatabaseIsRefusedAndLeftEmpty() throws SQLException {
        String url = TestPostgres.newDatabase("kawal_schema_empty");
        assertThatThrownBy(() -> start(url, "--kawal.database.migrate=false"))
                .rootCause().isInstanceOf(StartupRefusedException.class)
                .hasMessageContaining("The database schema is older than this build: changeset org/camunda/bpm/engine/db/")
                .hasMessageContaining("is not applied")
                .hasMessageContaining("Start with kawal.database.migrate=true or run the migrations");
        assertThat(count(url, "select count(*) from information_schema.tables where table_schema = 'public'"))
                .as("not even Liquibase's own tables").isZero();
    }

    @Test
    void withMigrationsOffAPartlyMigratedDatabaseIsRefusedNamingTheMissingChangeset() throws SQLException {
        String url = TestPostgres.newDatabase("kawal_schema_older");
        start(url).close();
        sql(url, "delete from databasechangelog where id = '002-spring-session'");

        assertThatThrownBy(() -> start(url, "--kawal.database.migrate=false"))
                .rootCause().isInstanceOf(StartupRefusedException.class)
                .hasMessageContaining("The database schema is older than this build: changeset "
                        + "db/changelog/kawal/002-spring-session.sql::002-spring-session::kawal is not applied")
                .hasMessageContaining("kawal.database.migrate=true");
        assertThat(count(url, "select count(*) from databasechangelog where id = '002-spring-session'"))
                .as("checked, not migrated").isZero();
    }

    @Test
    void aDatabaseMigratedByANewerKawalIsRefusedWithOrWithoutMigrations() throws SQLException {
        String url = TestPostgres.newDatabase("kawal_schema_newer");
        start(url).close();
        try (ConfigurableApplicationContext checkedOnly = start(url, "--kawal.database.migrate=false")) {
            assertThat(checkedOnly.isActive()).as("the schema this build expects: starts without migrating").isTrue();
        }
        sql(url, "insert into databasechangelog (id, author, filename, dateexecuted, orderexecuted, exectype, md5sum, "
                + "description, liquibase, deployment_id) values ('003-from-the-future', 'kawal', "
                + "'db/changelog/kawal/003-from-the-future.sql', now(), 10000, 'EXECUTED', '9:0', 'sql', '4.31.1', '1')");

        for (String migrate : new String[] {"true", "false"}) {
            assertThatThrownBy(() -> start(url, "--kawal.database.migrate=" + migrate))
                    .rootCause().isInstanceOf(StartupRefusedException.class)
                    .hasMessageContaining("The database schema is newer than this build: changeset "
                            + "db/changelog/kawal/003-from-the-future.sql::003-from-the-future::kawal is applied but unknown")
                    .hasMessageContaining("Run the newer Kawal");
        }
    }
}
