package id.kawal.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.hibernate.TransactionException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseFaultsTest {

    @Test
    void anOutageIsRecognisedHoweverDeepItIsWrapped() {
        SQLException refused = new SQLException("Connection to localhost:5432 refused.", "08001");
        assertThat(DatabaseFaults.isUnavailable(refused)).isTrue();
        assertThat(DatabaseFaults.isUnavailable(new ProcessEngineException("ENGINE-03004 could not execute",
                new RuntimeException("MyBatis", refused)))).isTrue();
        assertThat(DatabaseFaults.isUnavailable(new CannotCreateTransactionException("no connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))).isTrue();
        assertThat(DatabaseFaults.isUnavailable(new CannotGetJdbcConnectionException("no connection"))).isTrue();
        assertThat(DatabaseFaults.isUnavailable(new JDBCConnectionException("closed", new SQLException("x")))).isTrue();
        // PostgreSQL ends the sessions of a server that shuts down with 57P01
        assertThat(DatabaseFaults.isUnavailable(new RuntimeException(
                new SQLException("terminating connection due to administrator command", "57P01")))).isTrue();
    }

    @Test
    void aRollbackOnAConnectionThePoolClosedAsBrokenIsAnOutage() throws Exception {
        // the database went away under a transaction: HikariCP closed the broken connection, and the rollback that
        // follows fails on it, its failure replacing the one that said why (as Spring's TransactionTemplate does)
        SQLException closed;
        try (HikariDataSource pool = new HikariDataSource()) {
            pool.setJdbcUrl("jdbc:h2:mem:kawal-faults-closed");
            Connection connection = pool.getConnection();
            connection.close();
            closed = catchThrowableOfType(SQLException.class, connection::rollback);
        }
        assertThat((Throwable) closed).as("what HikariCP throws on a connection it closed").isNotNull();
        assertThat(DatabaseFaults.isUnavailable(new JpaSystemException(
                new TransactionException("Unable to rollback against JDBC Connection", closed)))).isTrue();
        assertThat(DatabaseFaults.isUnavailable(new SQLException("Connection is closed, says someone else", (String) null)))
                .as("only the pool's own words").isFalse();
    }

    @Test
    void otherDatabaseErrorsAreNotAnOutage() {
        assertThat(DatabaseFaults.isUnavailable(new DataIntegrityViolationException("duplicate",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(DatabaseFaults.isUnavailable(new ProcessEngineException("ENGINE-01009 no task"))).isFalse();
        assertThat(DatabaseFaults.isUnavailable(new IllegalStateException("bug"))).isFalse();
    }

    @Test
    void theRootCauseFitsOnOneLine() {
        Exception e = new CannotCreateTransactionException("outer", new SQLException("Connection\n  refused", "08001"));
        assertThat(DatabaseFaults.rootCause(e)).isEqualTo("SQLException: Connection refused");
    }

    @Test
    void anotherTransactionHavingChangedTheSameThingFirstIsAConcurrentUpdate() {
        assertThat(DatabaseFaults.isConcurrentUpdate(new ObjectOptimisticLockingFailureException(
                "ActionPlan", 6L))).isTrue();
        assertThat(DatabaseFaults.isConcurrentUpdate(new ProcessEngineException("wrapped",
                new OptimisticLockingException("ENGINE-03005 entity was updated by another transaction"))))
                .isTrue();
        assertThat(DatabaseFaults.isConcurrentUpdate(new DataIntegrityViolationException("duplicate",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isTrue();
        assertThat(DatabaseFaults.isConcurrentUpdate(new RuntimeException(new SQLException("deadlock detected", "40P01"))))
                .isTrue();
        assertThat(DatabaseFaults.isConcurrentUpdate(new RuntimeException(new SQLException("Timeout trying to lock table", "HYT00"))))
                .isTrue();
        // a task another request completed a moment ago
        assertThat(DatabaseFaults.isConcurrentUpdate(new NullValueException(
                "task 8ed158bf doesn't exist: task is null"))).isTrue();
    }

    @Test
    void otherFailuresAreNotAConcurrentUpdate() {
        assertThat(DatabaseFaults.isConcurrentUpdate(new DataIntegrityViolationException("null",
                new SQLException("null value in column violates not-null constraint", "23502")))).isFalse();
        assertThat(DatabaseFaults.isConcurrentUpdate(new ProcessEngineException("ENGINE-01009 no task"))).isFalse();
        assertThat(DatabaseFaults.isConcurrentUpdate(new NullValueException(
                "taskId is null"))).isFalse();
        assertThat(DatabaseFaults.isConcurrentUpdate(new SQLException("Connection refused", "08001"))).isFalse();
    }
}
