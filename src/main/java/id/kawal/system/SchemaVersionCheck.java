package id.kawal.system;

import java.sql.Connection;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.RanChangeSet;
import liquibase.changelog.filter.DbmsChangeSetFilter;
import liquibase.exception.LiquibaseException;
import liquibase.integration.spring.SpringLiquibase;
import liquibase.snapshot.SnapshotGeneratorFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.autoconfigure.liquibase.LiquibaseProperties;
import org.springframework.core.io.ResourceLoader;

/**
 * Refuses to start a node whose database schema is not exactly the one its code was built for: older
 * (a changeset of this build's changelog is not applied) or newer (the database has a changeset this
 * build does not know, applied by a newer Kawal). Runs after Liquibase (when {@code kawal.database.migrate}
 * is true it has just migrated) and before Hibernate and the process engine start; see
 * {@link SchemaVersionCheckDetector}. It only reads the database.
 */
public class SchemaVersionCheck implements InitializingBean {

    private final DataSource dataSource;
    private final LiquibaseProperties liquibase;
    private final ResourceLoader resources;
    private final boolean migrate;

    public SchemaVersionCheck(DataSource dataSource, LiquibaseProperties liquibase, ResourceLoader resources,
            boolean migrate) {
        this.dataSource = dataSource;
        this.liquibase = liquibase;
        this.resources = resources;
        this.migrate = migrate;
    }

    @Override
    public void afterPropertiesSet() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            Liquibase changelog = changelog().open(connection);
            Contexts contexts = new Contexts(join(liquibase.getContexts()));
            LabelExpression labels = new LabelExpression(join(liquibase.getLabelFilter()));
            if (!SnapshotGeneratorFactory.getInstance().hasDatabaseChangeLogTable(changelog.getDatabase())) {
                // an empty database: asking Liquibase would create its tables, and this check only reads
                DbmsChangeSetFilter forThisDatabase = new DbmsChangeSetFilter(changelog.getDatabase());
                List<ChangeSet> all = changelog.getDatabaseChangeLog().getChangeSets().stream()
                        .filter(c -> forThisDatabase.accepts(c).isAccepted()).toList();
                throw older(all);
            }
            Collection<RanChangeSet> unknown = changelog.listUnexpectedChangeSets(contexts, labels);
            if (!unknown.isEmpty()) {
                RanChangeSet first = unknown.iterator().next();
                throw new StartupRefusedException("The database schema is newer than this build: changeset "
                        + first.getChangeLog() + "::" + first.getId() + "::" + first.getAuthor()
                        + " is applied but unknown to this build" + more(unknown.size()),
                        "Run the newer Kawal (or restore the database from before the upgrade).");
            }
            // a changeset that runs on every update is never "applied for good"; it says nothing about the version
            List<ChangeSet> missing = changelog.listUnrunChangeSets(contexts, labels).stream()
                    .filter(c -> !c.isAlwaysRun()).toList();
            if (!missing.isEmpty()) {
                throw older(missing);
            }
        }
    }

    private StartupRefusedException older(List<ChangeSet> missing) {
        ChangeSet first = missing.get(0);
        return new StartupRefusedException("The database schema is older than this build: changeset "
                + first.getFilePath() + "::" + first.getId() + "::" + first.getAuthor() + " is not applied"
                + more(missing.size()), migrate
                        ? "Run the migrations: Liquibase did not run them (spring.liquibase.enabled=false?)."
                        : "Start with kawal.database.migrate=true or run the migrations.");
    }

    private static String more(int count) {
        return count > 1 ? " (and " + (count - 1) + " more)" : "";
    }

    private static String join(List<String> values) {
        return values == null || values.isEmpty() ? null : String.join(",", values);
    }

    /** Liquibase set up exactly as Spring Boot sets it up to migrate, so that both read the changelog alike. */
    private ChangelogReader changelog() {
        ChangelogReader reader = new ChangelogReader();
        reader.setDataSource(dataSource);
        reader.setResourceLoader(resources);
        reader.setChangeLog(liquibase.getChangeLog());
        reader.setChangeLogParameters(liquibase.getParameters());
        reader.setDefaultSchema(liquibase.getDefaultSchema());
        reader.setLiquibaseSchema(liquibase.getLiquibaseSchema());
        reader.setDatabaseChangeLogTable(liquibase.getDatabaseChangeLogTable());
        reader.setDatabaseChangeLogLockTable(liquibase.getDatabaseChangeLogLockTable());
        return reader;
    }

    private static final class ChangelogReader extends SpringLiquibase {

        Liquibase open(Connection connection) throws LiquibaseException {
            return createLiquibase(connection);
        }
    }
}
