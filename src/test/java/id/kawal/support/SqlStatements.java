package id.kawal.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements a piece of work sends to the database, whoever sends them (Hibernate,
 * the engine's MyBatis, plain JDBC): the application's data source is wrapped so that every
 * statement executed on the recording thread is noted with its SQL.
 */
public class SqlStatements implements BeanPostProcessor {

    private static final ThreadLocal<List<String>> RECORDING = new ThreadLocal<>();
    private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate",
            "executeBatch", "executeLargeBatch");

    /** The statements the work executed on this thread, in order. */
    public static List<String> of(Runnable work) {
        List<String> statements = new ArrayList<>();
        RECORDING.set(statements);
        try {
            work.run();
        } finally {
            RECORDING.remove();
        }
        return statements;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        return bean instanceof DataSource dataSource && !(bean instanceof Counting) ? new Counting(dataSource) : bean;
    }

    static final class Counting extends DelegatingDataSource {

        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return connection(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return connection(super.getConnection(username, password));
        }
    }

    private static Connection connection(Connection target) {
        return (Connection) Proxy.newProxyInstance(SqlStatements.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    Object result = invoke(target, method, args);
                    if (result instanceof Statement statement && method.getReturnType().isInterface()) {
                        String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
                        return statement(statement, method.getReturnType(), sql);
                    }
                    return result;
                });
    }

    private static Object statement(Statement target, Class<?> type, String preparedSql) {
        return Proxy.newProxyInstance(SqlStatements.class.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            List<String> recording = RECORDING.get();
            if (recording != null && EXECUTIONS.contains(method.getName())) {
                recording.add(args != null && args.length > 0 && args[0] instanceof String sql ? sql : preparedSql);
            }
            return invoke(target, method, args);
        });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
