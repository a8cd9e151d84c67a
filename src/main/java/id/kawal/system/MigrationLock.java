package id.kawal.system;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import liquibase.integration.spring.SpringLiquibase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * One node at a time runs the changelog. Liquibase's own lock (DATABASECHANGELOGLOCK) is taken only after it has
 * created its history table, so two nodes starting on an empty PostgreSQL at the same moment both try to create
 * that table and one of them fails. Around the migration this takes a PostgreSQL advisory lock on a connection of
 * its own, held until Liquibase is done (or the node dies, which releases it); the other node waits, then finds
 * nothing left to migrate. H2 needs none: its files belong to one process.
 */
@Component
public class MigrationLock implements BeanPostProcessor {

    private static final Logger log = LoggerFactory.getLogger(MigrationLock.class);
    /** Any fixed number: the advisory lock's key, the same on every node. */
    static final long KEY = 0x4b6177616cL; // "Kawal"

    private final Map<String, Connection> held = new ConcurrentHashMap<>();

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof SpringLiquibase liquibase && liquibase.getDataSource() != null) {
            lock(beanName, liquibase.getDataSource());
        }
        return bean;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        Connection connection = held.remove(beanName);
        if (connection != null) {
            try (connection; Statement statement = connection.createStatement()) {
                statement.execute("select pg_advisory_unlock(" + KEY + ")");
            } catch (SQLException e) {
                log.warn("Could not release the migration lock (released anyway when the connection closes): {}", e.getMessage());
            }
        }
        return bean;
    }

    private void lock(String beanName, DataSource dataSource) {
        try {
            Connection connection = dataSource.getConnection();
            if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                connection.close();
                return;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("select pg_advisory_lock(" + KEY + ")");
            }
            held.put(beanName, connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take the migration lock: " + e.getMessage(), e);
        }
    }
}
